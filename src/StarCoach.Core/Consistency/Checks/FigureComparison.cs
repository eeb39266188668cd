namespace StarCoach.Core.Consistency.Checks;

/// <summary>When two figures are about the same thing and cannot both be true.</summary>
internal static class FigureComparison
{
    private static readonly HashSet<ClaimKind> Comparable = [ClaimKind.Percentage, ClaimKind.Multiple, ClaimKind.Money, ClaimKind.Duration, ClaimKind.Change, ClaimKind.TeamSize, ClaimKind.Count];

    /// <summary>True for a figure that can be compared: an achievement (not a goal) with a clearly read subject.</summary>
    public static bool IsComparable(Claim claim) =>
        claim.Value is not null && claim.IsConfident && !claim.IsTarget && Comparable.Contains(claim.Kind) && claim.Subject.Length > 0;

    /// <summary>True when both figures measure the same thing the same way but no value satisfies both.</summary>
    public static bool Disagree(Claim a, Claim b) =>
        a.Kind == b.Kind
        && a.Value!.Unit == b.Value!.Unit
        && SameDirection(a.Value.Direction, b.Value.Direction)
        && MetricSubject.Same(a.Subject, b.Subject)
        && !a.Value.Overlaps(b.Value);

    /// <summary>True when one claim's subject is written, word for word, in the other's story: "serving latency" in both.</summary>
    public static bool StronglySame(Claim a, Claim b, string textOfA, string textOfB) =>
        a.Subject == b.Subject
        || textOfB.Contains(a.Subject, StringComparison.OrdinalIgnoreCase) && a.Subject.Contains(' ', StringComparison.Ordinal)
        || textOfA.Contains(b.Subject, StringComparison.OrdinalIgnoreCase) && b.Subject.Contains(' ', StringComparison.Ordinal);

    private static bool SameDirection(ChangeDirection a, ChangeDirection b) =>
        a == b || (a == ChangeDirection.Improved && b != ChangeDirection.None) || (b == ChangeDirection.Improved && a != ChangeDirection.None);
}
