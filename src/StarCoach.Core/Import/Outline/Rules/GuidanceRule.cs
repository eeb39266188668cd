namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Advice around an answer: "Employers ask this question to …", "An ideal answer should …", "What they're looking
/// for:" and its list, a critique ("Saying that you prospect every day … is not going to cut it"). Before the answer
/// any passage that talks to "you" and never in the first person is advice; after it, only one that opens the way
/// advice does. Kept aside; it is not the candidate's story.
/// </summary>
internal sealed class GuidanceRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (block.Kind == BlockKind.Text && !block.IsListItem && OutlinePatterns.IsAdviceHeading(text))
        {
            state.CloseAnswer();
            state.LeaveFollowUps();
            state.InAdviceSection = true;
            state.KeepAside(index, block, Reason);
            return true;
        }

        if (state.InAdviceSection && !state.HasLabel(block, out _))
        {
            state.KeepAside(index, block, Reason);
            return true;
        }

        if (block.Kind != BlockKind.Text || state.FollowUpMode || state.HasLabel(block, out _))
        {
            state.InAdviceSection = false;
            return false;
        }

        if (block.IsListItem && state.AdviceListFrom == index - 1)
        {
            state.AdviceListFrom = index;
            state.KeepAside(index, block, Reason);
            return true;
        }

        var answered = state.Question!.HasAnswerText;
        var advice = answered
            ? Voice.OpensLikeAdvice(text) && !Voice.Narrates(text) && !block.IsQuote && !block.IsListItem
            : Voice.Advises(text) || (Voice.OpensLikeAdvice(text) && text.EndsWith(':'));
        if (!advice)
        {
            return false;
        }

        if (!answered)
        {
            state.CloseAnswer();
        }

        state.AdviceListFrom = text.EndsWith(':') ? index : -2;
        state.KeepAside(index, block, Reason);
        return true;
    }

    private const string Reason = "Advice about answering the question, not an answer.";
}
