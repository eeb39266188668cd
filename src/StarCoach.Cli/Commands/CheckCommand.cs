using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Consistency;
using StarCoach.Core.Import;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach check BANK [--resume FILE] [--json]</c>: the consistency report.</summary>
internal sealed class CheckCommand(CliStreams streams) : Command<CheckCommand.Settings>
{
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<BANK>")]
        [Description("The bank to check: a prep document (.txt, .md, .docx, .pdf) or a StarCoach .json bank.")]
        public string Bank { get; init; } = string.Empty;

        [CommandOption("-r|--resume <FILE>")]
        [Description("Your résumé (.txt, .md, .docx or .pdf): stories are checked against its employers, dates and projects.")]
        public string? Resume { get; init; }

        [CommandOption("--json")]
        [Description("Print the report as JSON (schemaVersion 1) on stdout and nothing else.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var imported = new BankImporter().ImportFile(settings.Bank);
        if (!imported.Succeeded)
        {
            streams.Error.WriteLine($"starcoach: {imported.Error}");
            return CliApp.BadInput;
        }

        Resume? resume = null;
        if (settings.Resume is not null)
        {
            var read = new ResumeReader().ReadFile(settings.Resume);
            if (!read.Succeeded)
            {
                streams.Error.WriteLine($"starcoach: {read.Error}");
                return CliApp.BadInput;
            }

            resume = read.Resume;
        }

        var report = ConsistencyChecker.Check(imported.Bank, resume);
        if (settings.Json)
        {
            streams.Out.Write(ConsistencyJson.Serialize(report));
            streams.Out.Write('\n');
            streams.Out.Flush();
            return CliApp.Ok;
        }

        ConsistencyReportView.Render(streams.Console, report);
        return CliApp.Ok;
    }
}
