namespace StarCoach.Core.Import.Outline;

/// <summary>The rest of an example of what not to say ("❌ Bad answer: …"), kept aside until the next answer label.</summary>
internal sealed class WeakExampleRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (state.WeakExampleReason is null)
        {
            return false;
        }

        state.KeepAside(index, block, state.WeakExampleReason);
        return true;
    }
}
