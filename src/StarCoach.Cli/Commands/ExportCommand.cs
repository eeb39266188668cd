using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StarCoach.Core.Export;
using StarCoach.Core.Import;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach export BANK --to md|pdf|anki|json [-o FILE] [--force]</c>.</summary>
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
        [Description("The file to write. Default: the bank's name and the export's kind in the current folder (prep-cheatsheet.pdf, prep-anki.txt, prep-prep.md, prep-bank.json).")]
        public string? Output { get; init; }

        [CommandOption("--force")]
        [Description("Replace the output file if it exists.")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (To is null || !ExportFormats.TryParse(To, out _))
            {
                return ValidationResult.Error($"{(To is null ? "missing --to" : $"unknown --to '{To}'")}; use {ExportFormats.Accepted}.");
            }

            return Output is not null && string.IsNullOrWhiteSpace(Output) ? ValidationResult.Error("empty -o; give the file to write, or leave -o out.") : ValidationResult.Success();
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

        _ = ExportFormats.TryParse(settings.To, out var format);
        var output = settings.Output ?? ExportFormats.FileName(imported.Bank.Source, format);
        var result = BankExporter.WriteFile(imported.Bank, format, output, settings.Force);
        if (!result.Succeeded)
        {
            streams.Error.WriteLine($"starcoach: {result.Error}");
            return CliApp.BadInput;
        }

        streams.Console.MarkupLine($"Wrote [bold]{Markup.Escape(output)}[/] ({Markup.Escape(Describe(format))}, {Counted.Of(imported.Bank.Questions.Length, "question")}).");
        return CliApp.Ok;
    }

    private static string Describe(ExportFormat format) => format switch
    {
        ExportFormat.Markdown => "Markdown prep document",
        ExportFormat.Pdf => "PDF cheat sheet",
        ExportFormat.Anki => "Anki flashcards: File › Import in Anki",
        _ => "bank JSON",
    };
}
