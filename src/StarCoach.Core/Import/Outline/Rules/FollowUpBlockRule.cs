namespace StarCoach.Core.Import.Outline;

/// <summary>
/// "Follow up questions:", "### Follow-ups", "What If You're Asked Follow-Up Questions?": the questions under it are an
/// interviewer's follow-ups on the question above, each with the candidate's answer.
/// </summary>
internal sealed class FollowUpBlockRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        var isBlock = !block.IsListItem && block.Kind == BlockKind.Text
            && (AnswerMarkers.IsFollowUpBlock(text) || (state.Shape.RankAt(index) > 0 && AnswerMarkers.MentionsFollowUps(text)));
        if (!isBlock)
        {
            return false;
        }

        if (state.Question is null)
        {
            state.KeepAside(index, block, "Follow-up heading before any question.");
            return true;
        }

        state.KeepAside(index, block, "Heading of a follow-up block; the follow-ups below it are attached to the question above.");
        state.EnterFollowUps();
        return true;
    }
}
