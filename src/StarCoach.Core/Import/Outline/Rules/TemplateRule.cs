namespace StarCoach.Core.Import.Outline;

/// <summary>
/// An empty STAR template: "**S：**", "**T：**", "**A：**", "**R：**" with nothing after any of them, as people leave
/// under "Your version", or with instructions instead of a story ("**Task (T)**: What goal were you working toward?",
/// "Situation: Describe the situation you were in …"). Kept aside whole; a template is not an answer until it is
/// filled in.
/// </summary>
internal sealed class TemplateRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (index < state.TemplateUntil)
        {
            state.KeepAside(index, block, Reason);
            return true;
        }

        if (!IsEmptyLabel(state, index))
        {
            return false;
        }

        var end = index;
        while (end < state.Blocks.Count && IsEmptyLabel(state, end))
        {
            end++;
        }

        var next = end < state.Blocks.Count ? state.Blocks[end] : null;
        var endsThere = next is null || state.Shape.RankAt(end) > 0 || next.BlankLinesBefore > 0 || state.Shape.HasLabelAt(end);
        if (end - index < 2 || !endsThere)
        {
            return false;
        }

        state.TemplateUntil = end;
        state.KeepAside(index, block, Reason);
        return true;
    }

    private const string Reason = "An empty STAR template (labels with nothing after them); fill it in to make it an answer.";

    private static bool IsEmptyLabel(OutlineState state, int index)
    {
        var block = state.Blocks[index];
        if (!state.Shape.HasLabelAt(index) || !StarLabels.TryFind(block.Text, out var label, StarRole.Situation))
        {
            return false;
        }

        return Placeholders.IsNotAStory(block.Text[label.ContentStart..]);
    }
}
