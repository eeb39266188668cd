namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Page furniture of saved web pages and docs sites: YAML/MDX front matter, <c>import … from '…'</c> lines, components
/// and other raw markup, admonition boxes (<c>:::danger …</c>), navigation ("What's Next?", "Read full answer").
/// Kept aside as written; it never opens or closes anything.
/// </summary>
internal sealed class PageSetupRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.PageSetup:
                state.KeepAside(index, block, "Page set-up (front matter), not prep text.");
                return true;
            case BlockKind.Markup:
                state.KeepAside(index, block, OutlineState.MarkupReason);
                return true;
        }

        if (block.Kind == BlockKind.Text && PageChrome.IsSetUp(block.Trimmed))
        {
            state.KeepAside(index, block, "Page set-up or a box of the page (an import line, an admonition), not prep text.");
            return true;
        }

        if (block.Kind == BlockKind.Text && !block.IsListItem && PageChrome.IsNavigation(block.Trimmed))
        {
            state.KeepAside(index, block, "Navigation of the page, not prep text.");
            return true;
        }

        return false;
    }
}
