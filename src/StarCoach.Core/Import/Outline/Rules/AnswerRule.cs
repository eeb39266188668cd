namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Everything else under a question is answer text. A new answer starts at a repeated label or a new Situation, at a
/// wider blank-line gap than the document's usual one when what follows can open a story (not a fragment such as a
/// list of keywords), at "Another time, …", and at a collapsible's summary; STAR labels open sections, and labels of
/// the writer's own ("MY RESPONSIBILITY:") open sections with no STAR role.
/// </summary>
internal sealed class AnswerRule : IOutlineRule
{
    private const int MinStoryWords = 8;

    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var hasLabel = state.HasLabel(block, out var label) || state.HasOtherLabel(block, out label);
        var answer = state.Answer;
        if (answer is not null && !answer.IsEmpty)
        {
            var gap = block.BlankLinesBefore >= state.Shape.SeparatorGap;
            var newStory = hasLabel
                ? StartsNewStory(answer, label)
                : (gap && CanOpenStory(block)) || (block.BlankLinesBefore > 0 && !block.IsListItem && OutlinePatterns.AnotherStoryRegex().IsMatch(block.Trimmed))
                    || block.IsSummary;
            if (hasLabel && !newStory && gap && label.Role != StarRole.None && !ContinuesStory(answer, label))
            {
                newStory = true;
            }

            var correction = state.Corrections.For(block.Trimmed);
            if (correction == CorrectionKind.MergeAnswer)
            {
                answer.Merged = true;
            }

            newStory = correction switch
            {
                CorrectionKind.SplitAnswer => true,
                CorrectionKind.MergeAnswer => false,
                _ => newStory && !(hasLabel && answer.Merged),
            };
            if (newStory)
            {
                state.StartAnswer(new AnswerDraft(confidence: hasLabel ? Confidence.Answer : Confidence.AfterGap));
            }
        }
        else if (answer is null && state.Corrections.For(block.Trimmed) == CorrectionKind.MergeAnswer && state.Question!.Answers.Count > 0)
        {
            state.ResumeLastAnswer();
            state.Answer!.Merged = true;
        }

        if (hasLabel)
        {
            state.AddToAnswer(block, label);
        }
        else
        {
            state.AddToAnswer(block);
        }

        return true;
    }

    private static bool StartsNewStory(AnswerDraft answer, StarLabels.Found label) =>
        label.Role != StarRole.None
        && (answer.HasLabel(label.Label) || (StarLabels.OpensStory(label.Label) && answer.HasStarSections && answer.LastRole > StarRole.Situation));

    private static bool ContinuesStory(AnswerDraft answer, StarLabels.Found label) =>
        !answer.HasLabel(label.Label) && label.Role > answer.LastRole && answer.HasSections;

    /// <summary>
    /// True when the block can open a story of its own: a sentence, not a fragment such as "Bias for action /
    /// Ownership for the decision" (short lines with no sentence end and no "I").
    /// </summary>
    private static bool CanOpenStory(DocumentBlock block)
    {
        // A second story is the candidate's voice; a line that talks to "you" ("Here's your answer, rewritten:") is not one.
        var text = block.Trimmed;
        if (Voice.FirstPersonCount(text) > 0)
        {
            return true;
        }

        if (Voice.SecondPersonCount(text) > 0)
        {
            return false;
        }

        var lines = text.Split('\n');
        var fragment = lines.All(l => DocumentShape.WordCount(l) <= 6 && !l.TrimEnd().EndsWith('.') && !l.TrimEnd().EndsWith('!') && !l.TrimEnd().EndsWith('?'));
        if (fragment)
        {
            return false;
        }

        return DocumentShape.WordCount(text) >= MinStoryWords || (QuestionReading.HasCjk(text) && text.Length >= 15) || block.IsListItem || lines.Length > 1;
    }
}
