namespace StarCoach.Core.Import.Outline;

/// <summary>Text before the first question, or under a heading that no question follows: kept aside with the reason.</summary>
internal sealed class OrphanRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (state.Question is not null)
        {
            return false;
        }

        state.KeepAside(index, block, state.OrphanReason ?? "Text before the first question; not part of any answer.");
        return true;
    }
}
