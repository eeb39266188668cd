using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Review.Analysis;

/// <summary>A stretch of answer text that is spoken: a labelled section's text, or text outside any section.</summary>
/// <param name="End">Index just past the region.</param>
/// <param name="Part">The STAR part its label names; null for unlabelled text or labels that name no part.</param>
/// <param name="Label">The label as written, or null.</param>
internal readonly record struct TextRegion(int Start, int End, StarPart? Part, string? Label)
{
    /// <summary>
    /// Splits the answer into spoken regions. Section texts are substrings of the answer in order; what lies between
    /// them is the label ("Situation:") plus, before the first label, any unlabelled opening text.
    /// </summary>
    public static List<TextRegion> Find(string text, ImmutableArray<AnswerSection> sections, string? heading = null)
    {
        var regions = new List<TextRegion>();
        var position = HeadingEnd(text, heading);
        foreach (var section in sections)
        {
            var start = section.Text.Length == 0 ? -1 : text.IndexOf(section.Text, position, StringComparison.Ordinal);
            if (start < 0)
            {
                continue;
            }

            AddUnlabelled(text, position, LabelLineStart(text, position, start, section.Label), regions);
            regions.Add(new TextRegion(start, start + section.Text.Length, StarParts.OfLabel(section.Label), section.Label));
            position = start + section.Text.Length;
        }

        AddUnlabelled(text, position, text.Length, regions);
        return regions;
    }

    // An answer's heading ("Compressed Response (keep it under 90 seconds)") opens its text but is not spoken.
    private static int HeadingEnd(string text, string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return 0;
        }

        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return text.AsSpan(start).StartsWith(heading.Trim(), StringComparison.Ordinal) ? start + heading.Trim().Length : 0;
    }

    // Where the label before a section begins: the start of the line holding it, so markup around it goes too.
    private static int LabelLineStart(string text, int from, int sectionStart, string label)
    {
        if (sectionStart <= from)
        {
            return from;
        }

        var at = label.Length == 0 ? -1 : text.LastIndexOf(label, sectionStart - 1, sectionStart - from, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            at = sectionStart;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(at - 1, 0), Math.Max(at - from, 0));
        return lineStart < from ? from : lineStart + 1;
    }

    internal static void AddUnlabelled(string text, int start, int end, List<TextRegion> regions)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                regions.Add(new TextRegion(start, end, null, null));
                return;
            }
        }
    }
}
