namespace StarCoach.Core.Import.Outline;

/// <summary>
/// A bullet or number with nothing after it ("-", "4."): a placeholder someone meant to fill. A number at the margin
/// starts the next item, so it also ends the question before it; what follows it belongs to no question.
/// </summary>
internal sealed class EmptyMarkerRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        // "(A)" alone on its line is the Action label with its bullets under it, not an empty item.
        var text = block.Trimmed;
        if (!ListMarker.IsEmpty(text) || StarLabels.TryFind(text, out _, StarRole.Situation))
        {
            return false;
        }

        var numbered = block.Indent == 0 && char.IsAsciiDigit(text[0]) && state.Question is { Marker.Kind: MarkerKind.Number };
        if (numbered)
        {
            state.CloseQuestion();
            state.OrphanReason = "Text after an empty numbered item, not under any question.";
        }

        state.KeepAside(index, block, "An empty list item (a placeholder).");
        return true;
    }
}
