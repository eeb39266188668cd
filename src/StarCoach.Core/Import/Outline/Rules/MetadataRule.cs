namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Facts about the question written under it before the answer: "**Competency:** Self-awareness", "Difficulty: easy",
/// "Also answers: …", and the "Key: value" lines next to them (a "**Context:** …" among them is a fact, not the
/// story's Situation). Kept aside as details of the question.
/// </summary>
internal sealed class MetadataRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var question = state.Question!;
        if (question.HasAnswerText || block.Kind != BlockKind.Text)
        {
            return false;
        }

        var text = block.Trimmed;
        var metadata = OutlinePatterns.IsMetadata(text)
            || (state.LastMetadataIndex == index - 1 && block.BlankLinesBefore == 0 && text.Length <= 200 && IsKeyValue(text));
        if (!metadata)
        {
            return false;
        }

        state.LastMetadataIndex = index;
        state.KeepAside(index, block, "Details about the question (competency, difficulty, context), not part of the answer.");
        return true;
    }

    private static bool IsKeyValue(string text)
    {
        var colon = text.IndexOfAny([':', '：']);
        return colon is > 0 and <= 40 && DocumentShape.WordCount(text[..colon]) <= 4 && text[(colon + 1)..].Trim().Length > 0;
    }
}
