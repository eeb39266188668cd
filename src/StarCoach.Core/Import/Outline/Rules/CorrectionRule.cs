namespace StarCoach.Core.Import.Outline;

/// <summary>
/// What the user corrected in an earlier import of this document: "this line is a question", "this passage is a
/// note". Found by the line's words, so it holds after the file is edited and imported again. (Corrections about
/// answers — split, merge, not a question — are read by the rules they concern.)
/// </summary>
internal sealed class CorrectionRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        switch (state.Corrections.For(block.Trimmed))
        {
            case CorrectionKind.Question:
                var isLabelled = QuestionLabels.TryFind(block.Trimmed, out var labelled) && labelled.Question.Length > 0;
                var text = isLabelled ? labelled.Question : OutlinePatterns.StripHeadingMarks(block.Trimmed);
                state.LeaveNotes();
                state.OpenQuestion(index, text, new QuestionSighting(1.0, "you marked it as a question"), isLabelled ? labelled.Label : null);
                return true;
            case CorrectionKind.Notes:
                state.KeepAside(index, block, "You moved this to notes.");
                return true;
            default:
                return false;
        }
    }
}
