using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Practice;

/// <summary>How long the candidate has to tell the story.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PracticeMode>))]
public enum PracticeMode
{
    /// <summary>The whole story, as in an interview: 2–3 minutes.</summary>
    Full,

    /// <summary>The short version (a phone screen, "in a nutshell"): at most 90 seconds.</summary>
    Compressed,
}

/// <summary>Names and time budgets of the practice modes.</summary>
public static class PracticeModes
{
    /// <summary>
    /// Full answers get 2–3 minutes; the countdown starts from the upper end, so an answer is only over budget when
    /// it runs past what interviewers will sit through.
    /// </summary>
    public const int FullBudgetSeconds = 180;

    /// <summary>A compressed answer must fit in 90 seconds.</summary>
    public const int CompressedBudgetSeconds = 90;

    /// <summary>A follow-up probe is answered in about a minute; interviewers move on after that.</summary>
    public const int ProbeBudgetSeconds = 60;

    /// <summary>The accepted spellings, for help text.</summary>
    public const string Accepted = "full, compressed";

    /// <summary>The time budget of <paramref name="mode"/> in seconds.</summary>
    public static int BudgetSeconds(PracticeMode mode) => mode == PracticeMode.Compressed ? CompressedBudgetSeconds : FullBudgetSeconds;

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
