using StarCoach.Core.Review;

namespace StarCoach.Web.Rendering;

/// <summary>A run of answer text and the findings (by index) that point at all of it.</summary>
public sealed record TextSegment(string Text, IReadOnlyList<int> Findings, FindingSeverity? Severity);

/// <summary>
/// Cuts an answer into runs so findings can be highlighted in place: overlapping findings split the text at every
/// boundary, and each run knows every finding that covers it (the worst one decides its colour).
/// </summary>
public static class HighlightSegments
{
    public static IReadOnlyList<TextSegment> Of(string text, IReadOnlyList<Finding> findings)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var finding in findings)
        {
            var (start, end) = Clamp(finding, text.Length);
            if (end > start)
            {
                cuts.Add(start);
                cuts.Add(end);
            }
        }

        var segments = new List<TextSegment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var covering = new List<int>();
                FindingSeverity? worst = null;
                for (var i = 0; i < findings.Count; i++)
                {
                    var (start, end) = Clamp(findings[i], text.Length);
                    if (start <= previous && end >= cut && end > start)
                    {
                        covering.Add(i);
                        worst = worst is null || findings[i].Severity > worst ? findings[i].Severity : worst;
                    }
                }

                segments.Add(new TextSegment(text[previous..cut], covering, worst));
            }

            previous = cut;
        }

        return segments;
    }

    private static (int Start, int End) Clamp(Finding finding, int length)
    {
        var start = Math.Clamp(finding.Start, 0, length);
        return (start, Math.Clamp(finding.Start + finding.Length, start, length));
    }
}
