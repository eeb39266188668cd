using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Json;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach import FILE [--format …] [--json]</c>.</summary>
internal sealed class ImportCommand(CliStreams streams) : Command<ImportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The prep document to import: .txt, .md, .docx, .pdf or a StarCoach .json bank.")]
        public string File { get; init; } = string.Empty;

        [CommandOption("-f|--format <FORMAT>")]
        [Description("auto (default: by extension, then content), text, md, docx, pdf or json.")]
        [DefaultValue("auto")]
        public string Format { get; init; } = "auto";

        [CommandOption("--json")]
        [Description("Print the bank as JSON (schemaVersion 1) on stdout and nothing else.")]
        public bool Json { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            FormatOption.TryParse(Format, out _)
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error($"unknown --format '{Format}'; use auto, text, md, docx, pdf or json.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var format = FormatOption.TryParse(settings.Format, out var parsed) ? parsed : ImportFormat.Auto;
        var result = new BankImporter().ImportFile(settings.File, format);
        if (!result.Succeeded)
        {
            streams.Error.WriteLine($"starcoach: {result.Error}");
            return CliApp.BadInput;
        }

        if (settings.Json)
        {
            streams.Out.Write(BankJson.Serialize(result.Bank));
            streams.Out.Write('\n');
            streams.Out.Flush();
            return CliApp.Ok;
        }

        BankSummaryView.Render(streams.Console, result.Bank);
        return CliApp.Ok;
    }
}
