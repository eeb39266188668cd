namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Notes sections and letters: "Notes", "Notes to self", "Questions to ask them", "Tips for the Interview:",
/// "Logistics checklist", a pasted e-mail from "Hi," to "Thanks and regards,". Kept aside until a heading at their
/// level, a category with questions, or a question the interviewer would ask (for notes that are not the candidate's
/// own questions for the interviewer).
/// </summary>
internal sealed class NotesRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        var isGreeting = block.Kind == BlockKind.Text && OutlinePatterns.IsGreeting(text);
        // "Table of Contents" alone on a line with nothing under it is a heading of no question, not a notes section.
        var contents = block.Kind == BlockKind.Text && OutlinePatterns.IsContentsHeading(block);
        var listFollows = index + 1 < state.Blocks.Count && state.Blocks[index + 1].IsListItem;
        if (contents && state.Shape.RankAt(index) is 0 or > 6 && !listFollows)
        {
            return false;
        }

        if (block.Kind == BlockKind.Text && (OutlinePatterns.IsNotesHeading(block) || isGreeting))
        {
            var rank = state.Shape.RankAt(index);
            var reason = isGreeting
                ? "A letter (from its greeting on): kept aside, not part of any answer."
                : $"Notes section “{OutlinePatterns.StripHeadingMarks(OutlinePatterns.WithoutLeadingSymbols(text))}”: kept aside, not part of any answer.";
            state.EnterNotes(rank is > 0 and <= 6 ? rank : block.HeadingLevel, reason, OutlinePatterns.IsQuestionsToAsk(block), contents);
            state.KeepAside(index, block, reason);
            return true;
        }

        if (state.NotesRank < 0)
        {
            return false;
        }

        if (!state.EndsNotes(index, block))
        {
            state.KeepAside(index, block, state.NotesReason!);
            return true;
        }

        state.LeaveNotes();
        return false;
    }
}
