namespace StarCoach.Core.Import.Outline;

/// <summary>
/// <c>&lt;details&gt;&lt;summary&gt;question&lt;/summary&gt; … &lt;/details&gt;</c>: a question that is a collapsible's
/// summary ends where the collapsible does. Never reads a block itself; it only closes the question.
/// </summary>
internal sealed class CollapsibleEndRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (state.Question is { Collapsible: > 0 } question && block.Collapsible < question.Collapsible)
        {
            state.CloseQuestion();
        }

        return false;
    }
}
