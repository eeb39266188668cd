
namespace StarCoach.Core.Import.Outline;

/// <summary>The end of every import that reads a binary document into blocks (.docx, PDF): a message or a parsed bank.</summary>
internal static class BlockImport
{
    public static ImportResult Finish(SourceDocument document, List<DocumentBlock>? blocks, string error, string whenEmpty)
    {
        if (blocks is null)
        {
            return ImportResult.Failure($"{document.Name}: {error}");
        }

        return blocks.Count == 0
            ? ImportResult.Failure($"{document.Name}: {whenEmpty}")
            : ImportResult.Success(PrepDocumentParser.Parse(blocks, document.Name, document.Diagnostics, document.Corrections));
    }
}
