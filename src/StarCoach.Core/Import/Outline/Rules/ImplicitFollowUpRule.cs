namespace StarCoach.Core.Import.Outline;

/// <summary>
/// A question after a story that has been told ("That sounds great, but how did you get the union on board?"): an
/// interviewer's probe on it, not a new question.
/// </summary>
internal sealed class ImplicitFollowUpRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (!state.IsImplicitFollowUp(block))
        {
            return false;
        }

        state.StartFollowUp(block, block.Trimmed);
        return true;
    }
}
