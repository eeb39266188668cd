namespace StarCoach.Core.Import.Outline;

/// <summary>
/// One rule of the outline: it reads the blocks of one document shape (a notes section, a labelled question, a table
/// row of a prep grid, a weak example …) and moves the state on through its transitions. Rules run in the order of
/// <see cref="OutlineRules.All"/>; the first that reads a block wins, so a new layout is a new rule, not a new branch.
/// </summary>
internal interface IOutlineRule
{
    /// <summary>Reads the block at <paramref name="index"/> when it is this rule's shape; false leaves it to the next rule.</summary>
    bool TryRead(OutlineState state, int index, DocumentBlock block);
}
