namespace StarCoach.Core.Import.Outline;

/// <summary>Under a follow-up block: each probe starts a follow-up, the lines after it are its answer.</summary>
internal sealed class FollowUpAnswerRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (!state.FollowUpMode)
        {
            return false;
        }

        if (state.FollowUp is null || state.IsNextFollowUpQuestion(block))
        {
            state.StartFollowUp(block, block.Trimmed);
        }
        else
        {
            state.AddToFollowUp(block);
        }

        return true;
    }
}
