using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review;

/// <summary>
/// Reads one answer given as plain text (standard input, a text box): its STAR sections by the same labels import
/// recognises ("Situation:", "**Task:**", "Lessons learned:"), as regions of the text, without copying it.
/// </summary>
internal static class AnswerTextParser
{
    // StarLabels reads no further than this into a line.
    private const int LabelWindow = 160;

    /// <summary>The answer's kind and its labelled sections, each a substring of the text (as import makes them).</summary>
    public static (AnswerKind Kind, ImmutableArray<AnswerSection> Sections) Parse(string text, bool pitchQuestion)
    {
        var (kind, regions) = ParseRegions(text, pitchQuestion);
        var sections = ImmutableArray.CreateBuilder<AnswerSection>();
        foreach (var region in regions)
        {
            if (region.Label is { } label)
            {
                sections.Add(new AnswerSection(label, text[region.Start..region.End]));
            }
        }

        return (kind, sections.ToImmutable());
    }

    /// <summary>The answer's kind and its spoken regions: the text before the first label, then each labelled section.</summary>
    public static (AnswerKind Kind, List<TextRegion> Regions) ParseRegions(string text, bool pitchQuestion)
    {
        var regions = new List<TextRegion>();
        var bulletedLabels = HasBulletedLabels(text);
        string? label = null;
        var role = StarRole.None;
        var contentStart = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var bullet = bulletedLabels ? BulletLength(text.AsSpan(lineStart, lineEnd - lineStart)) : 0;
            var line = text.AsSpan(lineStart + bullet, lineEnd - lineStart - bullet);
            if (MayHoldLabel(line) && StarLabels.TryFind(line[..Math.Min(line.Length, LabelWindow)].ToString(), out var found, role))
            {
                AddRegion(text, label, contentStart, lineStart, regions);
                label = found.Label;
                role = found.Role;
                contentStart = lineStart + bullet + Math.Min(found.ContentStart, line.Length);
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        AddRegion(text, label, contentStart, text.Length, regions);
        var labelled = regions.Exists(r => r.Label is not null);
        var kind = pitchQuestion ? AnswerKind.Pitch : labelled ? AnswerKind.Star : AnswerKind.Freeform;
        return (kind, regions);
    }

    // Bullets hold STAR labels when two or more of them open with one ("- S: …", "- T: …"), as import reads a
    // labelled list; one "• Challenge: …" is a bullet point.
    private static bool HasBulletedLabels(string text)
    {
        var count = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan()[range];
            var bullet = BulletLength(line);
            if (bullet > 0 && MayHoldLabel(line[bullet..]) && StarLabels.TryFind(line[bullet..][..Math.Min(line.Length - bullet, LabelWindow)].ToString(), out _, StarRole.Situation)
                && ++count == 2)
            {
                return true;
            }
        }

        return false;
    }

    // "- T: get search back first": a label on a bullet is still a label; the bullet is not part of it.
    private static int BulletLength(ReadOnlySpan<char> line)
    {
        var indent = line.Length - line.TrimStart().Length;
        return line.Length > indent + 2 && line[indent] is '-' or '•' or '+' && line[indent + 1] == ' ' ? indent + 2 : 0;
    }

    // A label line is short ("Result") or has its separator early ("Lessons learned: …"); skip the rest unread.
    private static bool MayHoldLabel(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.IsEmpty || !(char.IsLetter(trimmed[0]) || trimmed[0] is '*' or '_' or '#'))
        {
            return false;
        }

        var head = trimmed[..Math.Min(trimmed.Length, 48)];
        return trimmed.Length <= 48 || head.IndexOfAny(":：–—-") >= 0;
    }

    private static void AddRegion(string text, string? label, int start, int end, List<TextRegion> regions)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (label is null)
        {
            TextRegion.AddUnlabelled(text, start, end, regions);
        }
        else if (end > start)
        {
            regions.Add(new TextRegion(start, end, StarParts.OfLabel(label), label));
        }
    }
}
