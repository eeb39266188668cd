namespace StarCoach.Core.Import.Outline;

/// <summary>
/// An answer introduced by a label: "A. Working on a rig …", "Answer:", "Sample answer", "Example: “I've always …”",
/// "For example:", "Me: …" in a dialogue. The label's words become the answer's label; a label with nothing after it
/// and nothing under it is a placeholder. "❌ Bad answer:" starts an example of what not to say, kept aside.
/// </summary>
internal sealed class AnswerLabelRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.Kind != BlockKind.Text || state.FollowUpMode || state.Question is null)
        {
            return false;
        }

        // A heading over one of the question's answers, inside its section.
        var rank = state.Shape.RankAt(index);
        if (rank > 0 && state.Question.SectionRank > 0 && rank > state.Question.SectionRank && AnswerLabels.IsAnswerHeading(OutlinePatterns.StripHeadingMarks(block.Trimmed), out var weakHeading))
        {
            if (weakHeading)
            {
                state.CloseAnswer();
                state.WeakExampleReason = $"An example of what not to say (“{OutlinePatterns.StripHeadingMarks(block.Trimmed)}”), kept aside.";
                state.KeepAside(index, block, state.WeakExampleReason);
                return true;
            }

            state.StartAnswer(new AnswerDraft(label: OutlinePatterns.StripHeadingMarks(block.Trimmed), confidence: Confidence.LabelledAnswer));
            state.KeepAside(index, block, "The heading of the answer below.");
            return true;
        }

        var allowLetter = state.Answer is not { HasStarSections: true };
        if (!AnswerLabels.TryFind(block.Text, allowLetter, out var found))
        {
            return false;
        }

        var content = block.Text[found.ContentStart..].Trim();
        if (found.IsWeakExample)
        {
            state.CloseAnswer();
            state.WeakExampleReason = $"An example of what not to say (“{found.Label}”), kept aside.";
            state.KeepAside(index, block, state.WeakExampleReason);
            return true;
        }

        var next = index + 1 < state.Blocks.Count ? state.Blocks[index + 1] : null;
        var nothingUnder = next is null || state.Shape.RankAt(index + 1) > 0 || QuestionLabels.TryFind(next.Trimmed, out _)
            || (next.BlankLinesBefore > 0 && state.Shape.AsksAt(index + 1) == Asks.Yes);
        if (content.Length == 0 && nothingUnder)
        {
            state.KeepAside(index, block, "An empty answer placeholder.");
            return true;
        }

        // One-letter and dialogue labels stay in the text ("A. Working on a rig …"); word labels become the answer's label.
        var wordLabel = found.Label.Length > 3 && !found.Label.Equals("candidate", StringComparison.OrdinalIgnoreCase);
        var draft = new AnswerDraft(label: wordLabel ? found.Label : null, confidence: Confidence.LabelledAnswer)
        {
            FirstBlockOffset = wordLabel && content.Length > 0 ? found.ContentStart : 0,
        };
        state.StartAnswer(draft);
        if (content.Length == 0 && wordLabel)
        {
            state.KeepAside(index, block, "The label of the answer below.");
            return true;
        }

        if (state.HasLabel(block with { Text = block.Text[found.ContentStart..] }, out var star) && wordLabel)
        {
            state.AddToAnswer(block, star with { ContentStart = star.ContentStart + found.ContentStart });
        }
        else
        {
            state.AddToAnswer(block);
        }

        return true;
    }
}
