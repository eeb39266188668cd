using System.Text.Json.Serialization;
using StarCoach.Core.Banks;
using StarCoach.Core.Review;

namespace StarCoach.Core.Practice;

/// <summary>How long the candidate has to tell the story.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PracticeMode>))]
public enum PracticeMode
{
    /// <summary>The whole story, as in an interview: the review's target for a story at the level (1½–2½ min at senior).</summary>
    Full,

    /// <summary>The short version (a phone screen, "in a nutshell"): 60–90 seconds.</summary>
    Compressed,
}

/// <summary>Names and time budgets of the practice modes.</summary>
public static class PracticeModes
{
    /// <summary>
    /// A follow-up probe is answered in about a minute, interviewers move on after that: the upper end of the review's
    /// target for a follow-up answer (<see cref="LevelCalibration"/>).
    /// </summary>
    public static int ProbeBudgetSeconds => LevelCalibration.Budget(AnswerKind.Freeform, TargetLevels.Default, isFollowUp: true).TargetSeconds;

    /// <summary>The accepted spellings, for help text.</summary>
    public const string Accepted = "full, compressed";

    /// <summary>
    /// The time budget of <paramref name="mode"/> in seconds at <paramref name="level"/>: the upper end of the target
    /// the review states for the answer (<see cref="LevelCalibration"/>), so the countdown and the review's length
    /// finding say the same; an answer is over budget only when it runs past what interviewers will sit through.
    /// </summary>
    public static int BudgetSeconds(PracticeMode mode, TargetLevel level = TargetLevels.Default) => Budget(mode, level).TargetSeconds;

    /// <summary>The review's budget for an answer told in <paramref name="mode"/> at <paramref name="level"/>.</summary>
    public static WordBudget Budget(PracticeMode mode, TargetLevel level = TargetLevels.Default) =>
        LevelCalibration.Budget(mode == PracticeMode.Compressed ? AnswerKind.Compressed : AnswerKind.Star, level);

    /// <summary>The mode as the CLI, the web app and the database write it (<c>full</c>, <c>compressed</c>).</summary>
    public static string Name(PracticeMode mode) => mode == PracticeMode.Compressed ? "compressed" : "full";

    /// <summary>Reads <c>full</c> or <c>compressed</c> (case-insensitive).</summary>
    public static bool TryParse(string? text, out PracticeMode mode)
    {
        mode = PracticeMode.Full;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "full":
                return true;
            case "compressed":
            case "short":
                mode = PracticeMode.Compressed;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The mode a prepared answer is practised in when none is chosen: its own length.</summary>
    public static PracticeMode DefaultFor(Answer answer) => answer.Kind == AnswerKind.Compressed ? PracticeMode.Compressed : PracticeMode.Full;
}
