using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency.Checks;

/// <summary>
/// <c>story.variant-mismatch</c>: the same story told twice — full and compressed, or two near-identical
/// answers — with different numbers for the same thing.
/// </summary>
internal sealed class VariantMismatchCheck : IConsistencyCheck
{
    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        var claims = context.Reading.Claims.Where(FigureComparison.IsComparable).ToList();
        var reported = new HashSet<(string?, string?, string)>();
        for (var i = 0; i < claims.Count; i++)
        {
            for (var j = i + 1; j < claims.Count; j++)
            {
                var (a, b) = (claims[i], claims[j]);
                if (a.Location.AnswerId == b.Location.AnswerId || context.StoryGroup(a.Location.AnswerId) != context.StoryGroup(b.Location.AnswerId) || !FigureComparison.Disagree(a, b))
                {
                    continue;
                }

                if (!reported.Add((a.Location.AnswerId, b.Location.AnswerId, a.Subject)))
                {
                    continue;
                }

                yield return new ConsistencyFinding(
                    FindingKinds.VariantMismatch,
                    DiagnosticSeverity.Warning,
                    $"The same story gives {a.Subject} as “{a.Text}” in {context.Describe(a.Location)} and “{b.Text}” in {context.Describe(b.Location)}.",
                    $"Use one figure ({a.Value!.Describe()} or {b.Value!.Describe()}) in every version of this story; a shorter version may leave figures out, but not change them.",
                    a.Subject,
                    a.Employer ?? b.Employer,
                    [a.Location, b.Location]);
            }
        }
    }
}
