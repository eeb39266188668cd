namespace StarCoach.Core.Import.Outline;

/// <summary>
/// A label with nothing of its own under it ("**AI Feedback:**" over a screenshot, then "**Answer (STAR):**"): only
/// markup or a picture stands between it and the next label or heading, so it starts no answer; it is kept aside.
/// </summary>
internal sealed class EmptyLabelRule : IOutlineRule
{
    private const int MaxLabelWords = 5;

    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var text = block.Trimmed;
        if (block.Kind != BlockKind.Text || block.IsListItem || !text.EndsWith(':') || text.Contains('\n') || DocumentShape.WordCount(text) > MaxLabelWords
            || StarLabels.TryFind(text, out _, StarRole.Situation) || AnswerLabels.TryFind(block.Text, allowLetter: false, out _))
        {
            return false;
        }

        var next = index + 1;
        while (next < state.Blocks.Count && state.Blocks[next].Kind == BlockKind.Markup)
        {
            next++;
        }

        if (next == index + 1 || next >= state.Blocks.Count)
        {
            return false;
        }

        var following = state.Blocks[next];
        var labelFollows = state.Shape.RankAt(next) > 0 || state.Shape.HasLabelAt(next) || AnswerLabels.TryFind(following.Text, allowLetter: false, out _);
        if (!labelFollows)
        {
            return false;
        }

        state.KeepAside(index, block, "A label with nothing but a picture or markup under it.");
        return true;
    }
}
