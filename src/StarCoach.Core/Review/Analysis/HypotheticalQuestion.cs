using System.Text.RegularExpressions;

namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// A question that asks what the candidate would do, not what they did: "What would you do if …?", "How would you
/// handle …?", "Imagine …", "If a customer …". Its answer is a plan: "I would …" is right, and it has no STAR parts
/// to miss.
/// </summary>
internal static partial class HypotheticalQuestion
{
    [GeneratedRegex(@"\b(?:would|will)\s+you\b|\bwhat\s+if\b|^\W*(?:imagine|suppose|assume|picture|say)\b|^\W*if\s+(?:you|a|an|the|your)\b|\bhow\s+do\s+you\s+plan\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksRegex();

    /// <summary>True when <paramref name="question"/> asks for a plan.</summary>
    public static bool Asks(string question) => AsksRegex().IsMatch(question);
}
