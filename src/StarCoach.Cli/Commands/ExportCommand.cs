using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StarCoach.Core.Export;
using StarCoach.Core.Import;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach export BANK --to md|pdf|anki|json -o FILE [--force]</c>.</summary>
internal sealed class ExportCommand(CliStreams streams) : Command<ExportCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<BANK>")]
        [Description("The bank to export: a prep document (.txt, .md, .docx, .pdf) or a StarCoach .json bank.")]
        public string Bank { get; init; } = string.Empty;

        [CommandOption("-t|--to <FORMAT>")]
        [Description("md (Markdown prep document), pdf (printable cheat sheet), anki (Anki flashcards) or json (bank JSON).")]
        public string? To { get; init; }

        [CommandOption("-o|--output <FILE>")]
        [Description("The file to write.")]
        public string? Output { get; init; }

        [CommandOption("--force")]
        [Description("Replace the output file if it exists.")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (To is null || !TryParse(To, out _))
            {
                return ValidationResult.Error($"{(To is null ? "missing --to" : $"unknown --to '{To}'")}; use md, pdf, anki or json.");
            }

            return string.IsNullOrWhiteSpace(Output) ? ValidationResult.Error("missing -o FILE; say where to write the export.") : ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var imported = new BankImporter().ImportFile(settings.Bank);
        if (!imported.Succeeded)
        {
            streams.Error.WriteLine($"starcoach: {imported.Error}");
            return CliApp.BadInput;
        }

        _ = TryParse(settings.To!, out var format);
        var result = BankExporter.WriteFile(imported.Bank, format, settings.Output!, settings.Force);
        if (!result.Succeeded)
        {
            streams.Error.WriteLine($"starcoach: {result.Error}");
            return CliApp.BadInput;
        }

        streams.Console.MarkupLine($"Wrote [bold]{Markup.Escape(settings.Output!)}[/] ({Markup.Escape(Describe(format))}, {imported.Bank.Questions.Length} questions).");
        return CliApp.Ok;
    }

    internal static bool TryParse(string value, out ExportFormat format)
    {
        (var ok, format) = value.ToLowerInvariant() switch
        {
            "md" or "markdown" => (true, ExportFormat.Markdown),
            "pdf" => (true, ExportFormat.Pdf),
            "anki" or "csv" or "tsv" => (true, ExportFormat.Anki),
            "json" => (true, ExportFormat.Json),
            _ => (false, ExportFormat.Json),
        };
        return ok;
    }

    private static string Describe(ExportFormat format) => format switch
    {
        ExportFormat.Markdown => "Markdown prep document",
        ExportFormat.Pdf => "PDF cheat sheet",
        ExportFormat.Anki => "Anki flashcards: File › Import in Anki",
        _ => "bank JSON",
    };
}
