using System.ComponentModel;
using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Competencies;
using StarCoach.Data;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach progress BANK [--framework …] [--db PATH]</c>: practice progress in the terminal.</summary>
internal sealed class ProgressCommand(CliStreams streams, TimeProvider time) : AsyncCommand<ProgressCommand.Settings>
{
    internal sealed class Settings : BankDatabaseSettings
    {
        [CommandOption("--framework <FRAMEWORK>")]
        [Description("Competency framework for the per-competency scores: amazon, meta, google or generic. Default: the bank's (generic unless set in the web app).")]
        public string? Framework { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Framework is null || CompetencyFrameworks.Find(Framework) is not null
                ? base.Validate()
                : Spectre.Console.ValidationResult.Error($"unknown --framework '{Framework}'; use {string.Join(", ", CompetencyFrameworks.Ids)}.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = await PracticeBankLoader.LoadAsync(settings, streams, time, cancellationToken);
        if (loaded is not var (database, bank))
        {
            return CliApp.BadInput;
        }

        await using var _ = database;
        var report = await database.Practice.ProgressAsync(StarCoachDb.LocalUserId, bank.BankId, settings.Framework, cancellationToken);
        ProgressView.Render(streams.Console, bank.Name, report!, CompetencyFrameworks.Get(report!.Framework).Name);
        return CliApp.Ok;
    }
}
