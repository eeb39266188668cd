using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Import.Docx;

/// <summary>
/// Reads Word (.docx) prep documents with the Open XML SDK into the same bank a text version gives:
/// paragraphs become blocks for <see cref="PrepDocumentParser"/>. Line numbers in the bank are paragraph numbers.
/// </summary>
public sealed class DocxImporter : IBankImporter, IBlockReader
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Docx;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document) =>
        BlockImport.Finish(document, DocxBlockReader.Read(document.Bytes, out var error), error, "the Word document has no text; add your questions and answers, or pick another file.");

    List<DocumentBlock>? IBlockReader.ReadBlocks(SourceDocument document, out string error) => DocxBlockReader.Read(document.Bytes, out error);
}
