using StarCoach.Core.Review;

namespace StarCoach.Web.Rendering;

/// <summary>A run of answer text and the findings (by index) that point at all of it.</summary>
public sealed record TextSegment(string Text, IReadOnlyList<int> Findings, FindingSeverity? Severity);

/// <summary>
/// Cuts an answer into runs so findings can be highlighted in place, at every place they count (<see cref="Finding.Also"/>):
/// overlapping findings split the text at every boundary, and each run knows every finding that covers it (the worst
/// one decides its colour).
/// </summary>
public static class HighlightSegments
{
    public static IReadOnlyList<TextSegment> Of(string text, IReadOnlyList<Finding> findings)
    {
        var spans = new List<(int Start, int End, int Finding)>();
        for (var i = 0; i < findings.Count; i++)
        {
            foreach (var place in findings[i].Also.Prepend(new FindingPlace(findings[i].Start, findings[i].Length)))
            {
                var start = Math.Clamp(place.Start, 0, text.Length);
                var end = Math.Clamp(place.Start + place.Length, start, text.Length);
                if (end > start)
                {
                    spans.Add((start, end, i));
                }
            }
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var (start, end, _) in spans)
        {
            cuts.Add(start);
            cuts.Add(end);
        }

        var segments = new List<TextSegment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var covering = new List<int>();
                FindingSeverity? worst = null;
                foreach (var (start, end, finding) in spans)
                {
                    if (start <= previous && end >= cut && !covering.Contains(finding))
                    {
                        covering.Add(finding);
                        worst = worst is null || findings[finding].Severity > worst ? findings[finding].Severity : worst;
                    }
                }

                covering.Sort();
                segments.Add(new TextSegment(text[previous..cut], covering, worst));
            }

            previous = cut;
        }

        return segments;
    }
}
