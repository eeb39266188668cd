using Spectre.Console.Cli;
using StarCoach.Cli.Views;
using StarCoach.Core.Practice;

namespace StarCoach.Cli.Commands;

/// <summary><c>starcoach due BANK [--interview-date …] [--level …] [--db PATH]</c>: what is due now and when the rest is.</summary>
internal sealed class DueCommand(CliStreams streams, TimeProvider time) : AsyncCommand<DueCommand.Settings>
{
    internal sealed class Settings : ScheduleSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var loaded = await PracticeBankLoader.LoadAsync(settings, streams, time, cancellationToken);
        if (loaded is not var (database, bank))
        {
            return CliApp.BadInput;
        }

        await using var _ = database;
        var schedule = new PracticePlanner(time).Schedule(bank.Bank, bank.Cards, bank.InterviewDate);
        DueView.Render(streams.Console, bank.Name, schedule, time.LocalTimeZone);
        return CliApp.Ok;
    }
}
