using System.Collections.Immutable;

namespace StarCoach.Core.Review;

/// <summary>A fix worth doing across a bank: a finding, the answer where it matters most, and how many answers share it.</summary>
/// <param name="Finding">The finding in <paramref name="AnswerId"/>, the lowest-scored answer that has it at its worst.</param>
/// <param name="Answers">How many answers have a finding of the same rule.</param>
public sealed record BankFix(Finding Finding, string AnswerId, int Answers);

/// <summary>
/// Which fixes to do first, as the CLI's "Top fixes", the answer editor and the bank's Today panel show them: the most
/// severe finding first, one per rule (a rule fixed once is fixed everywhere in the answer), earliest first among equals.
/// </summary>
public static class FixPriority
{
    /// <summary>How many fixes are shown as the ones to do first.</summary>
    public const int Count = 3;

    /// <summary>The first <paramref name="count"/> fixes of one answer's findings.</summary>
    public static ImmutableArray<Finding> Top(IEnumerable<Finding> findings, int count = Count) =>
    [
        .. findings
            .GroupBy(f => f.Rule, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Start)
            .ThenBy(f => f.Rule, StringComparer.Ordinal)
            .Take(count),
    ];

    /// <summary>
    /// The first <paramref name="count"/> fixes across answers: the most severe rule first, then the rule that the most
    /// answers share (one change of habit lifts them all), each shown where it hurts most (the lowest score).
    /// </summary>
    public static ImmutableArray<BankFix> Across(IEnumerable<AnswerReview> reviews, int count = Count) =>
    [
        .. reviews
            .SelectMany(r => Top(r.Findings, int.MaxValue).Select(f => (Review: r, Finding: f)))
            .GroupBy(x => x.Finding.Rule, StringComparer.Ordinal)
            .Select(g =>
            {
                var worst = g.OrderByDescending(x => x.Finding.Severity).ThenBy(x => x.Review.Overall).ThenBy(x => x.Review.AnswerId, StringComparer.Ordinal).First();
                return new BankFix(worst.Finding, worst.Review.AnswerId, g.Select(x => x.Review.AnswerId).Distinct(StringComparer.Ordinal).Count());
            })
            .OrderByDescending(f => f.Finding.Severity)
            .ThenByDescending(f => f.Answers)
            .ThenBy(f => f.Finding.Rule, StringComparer.Ordinal)
            .Take(count),
    ];
}
