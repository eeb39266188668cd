using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;
using StarCoach.Core.Review;

namespace StarCoach.Cli.Commands;

/// <summary>The BANK argument and database option of the commands that keep practice in the database.</summary>
internal class BankDatabaseSettings : CommandSettings
{
    [CommandArgument(0, "<BANK>")]
    [Description("The bank: a prep document (.txt, .md, .docx, .pdf) or a StarCoach .json bank. It is imported (or refreshed) into the practice database first.")]
    public string Bank { get; init; } = string.Empty;

    [CommandOption("--db <PATH>")]
    [Description("The practice database file (SQLite). Default: the web app's local database, $XDG_DATA_HOME/starcoach/starcoach.db, or ConnectionStrings__StarCoach when set.")]
    public string? Db { get; init; }
}

/// <summary>Options that change how a bank is scheduled and reviewed; saved with the bank, as the web app saves them.</summary>
internal class ScheduleSettings : BankDatabaseSettings
{
    /// <summary>What clears a saved interview date.</summary>
    public const string NoDate = "none";

    [CommandOption("--level <LEVEL>")]
    [Description("Target level to review against, saved with the bank: " + TargetLevels.Accepted + ".")]
    public string? Level { get; init; }

    [CommandOption("--interview-date <DATE>")]
    [Description("The interview date (YYYY-MM-DD), saved with the bank: every story is practised in the last days before it. 'none' clears it.")]
    public string? InterviewDate { get; init; }

    public TargetLevel? ParsedLevel => TargetLevels.TryParse(Level, out var level) ? level : null;

    /// <summary>The date given: (true, date) to set, (true, null) to clear, (false, _) when none was given.</summary>
    public (bool Given, DateOnly? Date) ParsedInterviewDate =>
        InterviewDate is null ? (false, null)
        : string.Equals(InterviewDate, NoDate, StringComparison.OrdinalIgnoreCase) ? (true, null)
        : (true, DateOnly.ParseExact(InterviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public override Spectre.Console.ValidationResult Validate()
    {
        if (Level is not null && ParsedLevel is null)
        {
            return Spectre.Console.ValidationResult.Error($"unknown --level '{Level}'; use {TargetLevels.Accepted}.");
        }

        if (InterviewDate is not null && !string.Equals(InterviewDate, NoDate, StringComparison.OrdinalIgnoreCase)
            && !DateOnly.TryParseExact(InterviewDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Spectre.Console.ValidationResult.Error($"--interview-date '{InterviewDate}' is not a date; use YYYY-MM-DD (e.g. 2026-12-14) or 'none'.");
        }

        return base.Validate();
    }
}
