using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency.Checks;

/// <summary>
/// <c>figure.contradiction</c>: two different stories (or a story and the résumé) give figures for the same
/// metric at the same employer that cannot both be true: "cut serving latency by 30%" in the pitch and
/// "reduced the 90th percentile latencies by over 40%" in a story about the same serving system.
/// </summary>
internal sealed class FigureContradictionCheck : IConsistencyCheck
{
    /// <summary>Team sizes and counts differ between projects for good reasons; only results are compared across stories.</summary>
    private static readonly HashSet<ClaimKind> Kinds = [ClaimKind.Percentage, ClaimKind.Multiple, ClaimKind.Money, ClaimKind.Duration, ClaimKind.Change];

    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        var claims = context.AllClaims
            .Where(c => FigureComparison.IsComparable(c) && Kinds.Contains(c.Kind) && c.Employer is not null && (c.Kind != ClaimKind.Duration || c.Value!.Direction != ChangeDirection.None))
            .ToList();
        var reported = new HashSet<(string?, string?, string)>();
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Employer != b.Employer || !FigureComparison.Disagree(a, b) || SameStory(context, a, b))
                {
                    continue;
                }

                var key = (a.Location.AnswerId ?? "resume", b.Location.AnswerId ?? "resume", a.Subject.Length <= b.Subject.Length ? a.Subject : b.Subject);
                if (!reported.Add(key))
                {
                    continue;
                }

                var strong = FigureComparison.StronglySame(a, b, TextOf(context, a), TextOf(context, b));
                var subject = a.Subject.Length >= b.Subject.Length ? a.Subject : b.Subject;
                yield return new ConsistencyFinding(
                    FindingKinds.FigureContradiction,
                    strong ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info,
                    $"Different figures for {subject} at {a.Employer}: “{a.Text}” in {context.Describe(a.Location)} but “{b.Text}” in {context.Describe(b.Location)}.",
                    strong
                        ? $"Pick the figure you can defend ({a.Value!.Describe()} or {b.Value!.Describe()}) and use it in both places, or say what each one measures (which system, which percentile, which period)."
                        : $"If both are about the same project, settle on one figure ({a.Value!.Describe()} or {b.Value!.Describe()}); if they are different projects, name the project in each so the interviewer does not mix them up.",
                    subject,
                    a.Employer,
                    [a.Location, b.Location]);
            }
        }
    }

    private static bool SameStory(CheckContext context, Claim a, Claim b) =>
        a.Location.AnswerId == b.Location.AnswerId && a.Location.Source == b.Location.Source
        || a.Location.Source == ClaimSource.Bank && b.Location.Source == ClaimSource.Bank && context.StoryGroup(a.Location.AnswerId) == context.StoryGroup(b.Location.AnswerId);

    internal static string TextOf(CheckContext context, Claim claim) =>
        claim.Location.Source == ClaimSource.Resume
            ? context.Resume?.AllText ?? string.Empty
            : context.Reading.Stories.FirstOrDefault(s => s.Answer.Id == claim.Location.AnswerId)?.Answer.Text ?? string.Empty;
}
