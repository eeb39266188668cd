namespace StarCoach.Core.Import.Outline;

/// <summary>
/// A mock interview written as a dialogue with named speakers: the interviewer's turn opens a question, the candidate's
/// turn answers it, and commentary between them ("*Helen is interested in what Paul mentions first.*") is kept aside.
/// </summary>
internal sealed class DialogueRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var (interviewer, candidate) = state.Shape.Speakers;
        if (interviewer is null || block.Kind != BlockKind.Text)
        {
            return false;
        }

        if (SpeakerTurns.TryRead(block.Text, out var turn))
        {
            var words = block.Text[turn.ContentStart..].Trim();
            if (turn.Speaker == interviewer && !(state.Question is { HasAnswerText: true } && PromptPhrases.StartsLikeFollowUp(words)))
            {
                state.OpenQuestion(index, words, new QuestionSighting(Confidence.Asked, "the interviewer asks it in the dialogue"), turn.Speaker + ":");
                return true;
            }

            if (turn.Speaker == candidate && state.Question is not null)
            {
                state.StartAnswer(new AnswerDraft(confidence: Confidence.LabelledAnswer));
                state.AddToAnswer(block);
                return true;
            }
        }

        if (state.Question is { HasAnswerText: false } && state.Shape.RankAt(index) == 0)
        {
            state.KeepAside(index, block, "A comment between the turns of the dialogue.");
            return true;
        }

        return false;
    }
}
