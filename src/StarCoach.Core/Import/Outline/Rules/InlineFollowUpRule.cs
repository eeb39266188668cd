namespace StarCoach.Core.Import.Outline;

/// <summary>"Follow-up: How did you measure it?", "Interviewer: Why then?": a probe on the story, written inline.</summary>
internal sealed class InlineFollowUpRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.IsListItem || !AnswerMarkers.TryFindInlineFollowUp(block.Text, out var start, out var marker)
            || !PromptPhrases.ReadsAsQuestion(block.Text[start..]))
        {
            return false;
        }

        state.KeepAside(index, block, "Follow-up marker; the follow-up question is attached to the question above.", marker);
        state.StartFollowUp(block, block.Text[start..].Trim());
        return true;
    }
}
