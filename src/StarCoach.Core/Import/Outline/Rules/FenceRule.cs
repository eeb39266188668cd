namespace StarCoach.Core.Import.Outline;

/// <summary>
/// A code fence with prose in it (<c>```</c>, <c>```text</c>, <c>```markdown</c>): the candidate's own notes are read
/// line by line like any text; a template with placeholders ("[Name it]", "Lesson 1:") or advice shown as a sample is
/// kept aside whole.
/// </summary>
internal sealed class FenceRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.Fence == 0 || block.Kind != BlockKind.Text)
        {
            return false;
        }

        if (!state.ProseFences.TryGetValue(block.Fence, out var prose))
        {
            state.ProseFences[block.Fence] = prose = IsOwnText(state, index, block.Fence);
        }

        if (prose)
        {
            return false;
        }

        state.KeepAside(index, block, "A sample or template in a code fence, not your own answer.");
        return true;
    }

    private static bool IsOwnText(OutlineState state, int index, int fence)
    {
        var lines = new List<string>();
        for (var j = index; j < state.Blocks.Count && state.Blocks[j].Fence == fence; j++)
        {
            lines.Add(state.Blocks[j].Text);
        }

        var text = string.Join('\n', lines);
        if (Placeholders.Has(text) || Voice.Advises(text))
        {
            return false;
        }

        return Voice.Narrates(text) || (state.Answer is { IsEmpty: false } && !PromptPhrases.StartsLikePrompt(lines[0].Trim()));
    }
}
