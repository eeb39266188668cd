namespace StarCoach.Core.Import.Outline;

/// <summary>A format whose documents are read as blocks for the outline (text, Markdown, Word, PDF).</summary>
internal interface IBlockReader
{
    /// <summary>The document's blocks, or null with <paramref name="error"/> when it cannot be read.</summary>
    List<DocumentBlock>? ReadBlocks(SourceDocument document, out string error);
}
