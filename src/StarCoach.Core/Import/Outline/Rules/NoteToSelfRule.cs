namespace StarCoach.Core.Import.Outline;

/// <summary>"Note to self: …", "Reminder: …": a line the candidate wrote for themselves, not for the interviewer.</summary>
internal sealed class NoteToSelfRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.IsListItem || !OutlinePatterns.NoteToSelfRegex().IsMatch(block.Trimmed))
        {
            return false;
        }

        state.KeepAside(index, block, "A note to yourself; not part of the answer.");
        return true;
    }
}
