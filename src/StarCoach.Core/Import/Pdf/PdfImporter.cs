using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// Reads PDF prep documents with PdfPig into the same bank a text version gives. Line numbers in the bank are
/// extracted line numbers (lines of text in reading order, page after page).
/// </summary>
public sealed class PdfImporter : IBankImporter, IBlockReader
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Pdf;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document) =>
        BlockImport.Finish(document, PdfBlockReader.Read(document.Bytes, out var error), error, "the PDF has no text layer (a scan?); copy the text into a .txt file, or run OCR on it first.");

    List<DocumentBlock>? IBlockReader.ReadBlocks(SourceDocument document, out string error) => PdfBlockReader.Read(document.Bytes, out error);
}
