using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Review;

/// <summary>
/// Reads one answer given as plain text (standard input, a text box): its STAR sections by the same labels
/// import recognises ("Situation:", "**Task:**", "Lessons learned:"). Each section's text is a substring of the
/// answer, as in an imported bank.
/// </summary>
internal static class AnswerTextParser
{
    public static (AnswerKind Kind, ImmutableArray<AnswerSection> Sections) Parse(string text, bool pitchQuestion)
    {
        var sections = ImmutableArray.CreateBuilder<AnswerSection>();
        string? label = null;
        var contentStart = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var line = text[lineStart..lineEnd];
            if (StarLabels.TryFind(line, out var found))
            {
                AddSection(text, label, contentStart, lineStart, sections);
                label = found.Label;
                contentStart = lineStart + Math.Min(found.ContentStart, line.Length);
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = newline + 1;
        }

        AddSection(text, label, contentStart, text.Length, sections);
        var kind = pitchQuestion ? AnswerKind.Pitch : sections.Count > 0 ? AnswerKind.Star : AnswerKind.Freeform;
        return (kind, sections.ToImmutable());
    }

    private static void AddSection(string text, string? label, int start, int end, ImmutableArray<AnswerSection>.Builder sections)
    {
        if (label is null)
        {
            return;
        }

        var content = text[start..end].Trim();
        if (content.Length > 0)
        {
            sections.Add(new AnswerSection(label, content));
        }
    }
}
