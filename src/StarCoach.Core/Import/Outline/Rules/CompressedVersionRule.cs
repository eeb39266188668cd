using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// "Compressed version:", "60-second answer", "TL;DR": a shortened variant of the answer above, an answer of its own
/// of the compressed kind (with the heading as its label).
/// </summary>
internal sealed class CompressedVersionRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (state.Question is null || !IsCompressedHeading(block))
        {
            return false;
        }

        state.StartAnswer(new AnswerDraft(AnswerKind.Compressed, CompressedLabel(block.Trimmed)));
        state.AddToAnswer(block);
        return true;
    }

    private static bool IsCompressedHeading(DocumentBlock block)
    {
        var text = block.Trimmed;
        if (block.IsListItem || block.Kind != BlockKind.Text || text.Length > 400)
        {
            return false;
        }

        var label = CompressedLabel(text);
        if (label.Length < text.Length - 1)
        {
            // "Compressed version: At Acme, I …" — the heading and the answer share a line.
            return AnswerMarkers.IsCompressedHeading(label);
        }

        return !text.EndsWith('.') && DocumentShape.WordCount(text) <= 12 && AnswerMarkers.IsCompressedHeading(text);
    }

    /// <summary>The heading part of a compressed-version line ("Compressed version: At Acme …" → "Compressed version").</summary>
    private static string CompressedLabel(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return OutlinePatterns.StripHeadingMarks(colon > 0 && colon < 100 ? text[..colon] : text);
    }
}
