using System.Globalization;
using StarCoach.Core.Review.Rules;

namespace StarCoach.Core.Review;

/// <summary>
/// What a candidate reads for what the review reports: each rule by its plain name ("Hedging", "No task") rather
/// than its id, and rubric evidence without ids. The CLI's human output and the web pages both read these; rule ids
/// stay in the JSON (and, on the web, in a tooltip) for scripts and for anyone who looks them up.
/// </summary>
public static class ReviewWords
{
    /// <summary>How the rubric's evidence names a rule that fired: <c>fired: language.hedge</c>, <c>… ×3</c> for three findings.</summary>
    internal const string FiredPrefix = "fired: ";

    private const string TimesMark = " ×";

    private const string FindingPrefix = "finding: ";

    private static readonly Dictionary<string, string> Names = ReviewRules.All.ToDictionary(rule => rule.Id, rule => rule.Name, StringComparer.Ordinal);

    /// <summary>The plain name of the rule with <paramref name="ruleId"/> (<c>language.hedge</c> → "Hedging"); the id itself for an unknown one.</summary>
    public static string RuleName(string ruleId) => Names.GetValueOrDefault(ruleId, ruleId);

    /// <summary>The evidence line <see cref="RubricScore.Evidence"/> holds, in plain words: "fired: language.hedge ×3" → "finding: Hedging (3×)",
    /// read like the lines beside it ("target level: senior").</summary>
    public static string Evidence(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.StartsWith(FiredPrefix, StringComparison.Ordinal))
        {
            return line;
        }

        var rule = line[FiredPrefix.Length..];
        var times = rule.IndexOf(TimesMark, StringComparison.Ordinal);
        return times < 0 ? $"{FindingPrefix}{RuleName(rule)}" : $"{FindingPrefix}{RuleName(rule[..times])} ({rule[(times + TimesMark.Length)..]}×)";
    }

    /// <summary>The evidence line that says <paramref name="ruleId"/> fired <paramref name="count"/> times, as the rubric writes it.</summary>
    internal static string Fired(string ruleId, int count) =>
        count == 1 ? FiredPrefix + ruleId : string.Create(CultureInfo.InvariantCulture, $"{FiredPrefix}{ruleId}{TimesMark}{count}");
}
