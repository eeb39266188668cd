using Spectre.Console;
using StarCoach.Cli.Infrastructure;
using StarCoach.Core.Review;
using StarCoach.Data;

namespace StarCoach.Cli.Commands;

/// <summary>
/// Opens the practice database and imports (or refreshes) the BANK file into it for the local user, exactly as an
/// upload to the web app does, so attempts and schedules stay attached to the stories across edits of the file.
/// </summary>
internal static class PracticeBankLoader
{
    /// <summary>The database and the bank loaded for practice; null after writing a one-line error.</summary>
    public static async Task<(PracticeDatabase Database, PracticeBank Bank)?> LoadAsync(BankDatabaseSettings settings, CliStreams streams, TimeProvider time, CancellationToken cancellationToken)
    {
        var bank = BankFile.Load(settings.Bank, streams);
        if (bank is null)
        {
            return null;
        }

        var (database, error) = await PracticeDatabase.OpenAsync(settings.Db, time, cancellationToken);
        if (database is null)
        {
            await streams.Error.WriteLineAsync($"starcoach: {error}");
            return null;
        }

        if (database.IsDefault)
        {
            // Nobody chose this file, so say where history goes before writing it: a tool should not write unseen.
            streams.Console.MarkupLine($"[grey]Practice history: {Markup.Escape(database.Location)} (shared with the web app; --db PATH for another file).[/]");
        }

        var import = await database.Banks.SaveImportAsync(StarCoachDb.LocalUserId, bank, cancellationToken: cancellationToken);
        var bankId = import!.BankId;
        if (settings is ScheduleSettings schedule)
        {
            if (schedule.ParsedLevel is { } level)
            {
                await database.Banks.SetTargetLevelAsync(StarCoachDb.LocalUserId, bankId, TargetLevels.Name(level), cancellationToken);
            }

            if (schedule.ParsedInterviewDate is (true, var date))
            {
                await database.Practice.SetInterviewDateAsync(StarCoachDb.LocalUserId, bankId, date, cancellationToken);
            }
        }

        var loaded = await database.Practice.LoadAsync(StarCoachDb.LocalUserId, bankId, cancellationToken);
        return (database, loaded!);
    }
}
