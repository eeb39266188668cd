namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Headings that are not questions: a category when questions follow under it, the document's title when it comes
/// first, a section that ends the question above ("## Notes" after "## Tell me about …"), or a heading of a part of
/// the answer when it sits inside the question's own section ("### Full STAR Answer").
/// </summary>
internal sealed class HeadingRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.Kind != BlockKind.Text || !state.IsHeadingLike(index, block) || state.HasLabel(block, out _))
        {
            return false;
        }

        // A deeper heading inside the question's section heads a part of its answer ("### Full STAR Answer"), unless the
        // answer is under way and questions follow under the heading.
        var rank = state.Shape.RankAt(index);
        var question = state.Question;
        var inside = question is not null && (question.Collapsible > 0 ? block.Collapsible >= question.Collapsible : question.SectionRank > 0 && rank > question.SectionRank);
        if (inside && !question!.HasAnswerText)
        {
            return false;
        }

        if (state.HeadsQuestions(index, block))
        {
            state.OpenCategory(index, block);
            return true;
        }

        if (inside)
        {
            return false;
        }

        var text = block.Trimmed;
        if (question is null && state.Title is null && state.Questions.Count == 0 && IsFirstText(state, index))
        {
            state.SetTitle(OutlinePatterns.StripHeadingMarks(text));
            return true;
        }

        if (question is null)
        {
            state.KeepAside(index, block, "Heading with no question under it (for example a table of contents).");
            return true;
        }

        // A heading at the question's own level (or above) that is not a question ends it: "## Notes" after
        // "## Tell me about …" is a section of its own, not part of the answer.
        if (rank is > 0 and <= 6 && (question.SectionRank == 0 ? !question.Block.IsExplicitHeading || rank <= question.Block.HeadingLevel : rank <= question.SectionRank))
        {
            state.CloseQuestion();
            state.OrphanReason = $"Section “{OutlinePatterns.StripHeadingMarks(text)}” is not attached to a question.";
            state.KeepAside(index, block, state.OrphanReason);
            return true;
        }

        return false;
    }

    private static bool IsFirstText(OutlineState state, int index)
    {
        for (var j = 0; j < index; j++)
        {
            var earlier = state.Blocks[j];
            if (earlier.Kind == BlockKind.Text && !PageChrome.IsSetUp(earlier.Trimmed))
            {
                return false;
            }
        }

        return true;
    }
}
