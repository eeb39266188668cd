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

    /// <summary>
    /// True when the more specific of the two subjects, at least two words long, is written in both stories:
    /// "serving latency" in the pitch and in the story about the serving system. A bare "latency" or "cost" in
    /// two stories may well be two projects.
    /// </summary>
    public static bool StronglySame(Claim a, Claim b, string textOfA, string textOfB)
    {
        var longer = a.Subject.Split(' ').Length >= b.Subject.Split(' ').Length ? a.Subject : b.Subject;
        return longer.Contains(' ', StringComparison.Ordinal)
            && textOfA.Contains(longer, StringComparison.OrdinalIgnoreCase)
            && textOfB.Contains(longer, StringComparison.OrdinalIgnoreCase);
    }

    private static bool SameDirection(ChangeDirection a, ChangeDirection b) =>
        a == b || (a == ChangeDirection.Improved && b != ChangeDirection.None) || (b == ChangeDirection.Improved && a != ChangeDirection.None);
}
