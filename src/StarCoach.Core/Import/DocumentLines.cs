using StarCoach.Core.Import.Docx;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Import.Pdf;
using StarCoach.Core.Text;

namespace StarCoach.Core.Import;

/// <summary>
/// The text of a document of any supported format as lines, for readers that need words in order rather than a
/// bank (a résumé). Text and Markdown keep their own lines; a .docx gives one line per paragraph; a PDF one line
/// per paragraph of extracted text, with blank lines where the layout had gaps.
/// </summary>
internal static class DocumentLines
{
    public static List<string>? Read(string name, ReadOnlySpan<byte> bytes, out string error)
    {
        error = string.Empty;
        var extension = Path.GetExtension(name).ToLowerInvariant();
        var sniffed = FileSniffer.Identify(bytes);
        if (BankImporter.BinaryFormat(ImportFormat.Auto, extension, sniffed) is { } binary)
        {
            if (sniffed.Problem(binary == ImportFormat.Docx ? ".docx" : ".pdf") is { } binaryProblem)
            {
                error = $"{name}: {binaryProblem}";
                return null;
            }

            var blocks = binary == ImportFormat.Docx ? DocxBlockReader.Read(bytes.ToArray(), out error) : PdfBlockReader.Read(bytes.ToArray(), out error);
            if (blocks is null)
            {
                error = $"{name}: {error}";
                return null;
            }

            return ToLines(blocks);
        }

        if (sniffed.Problem(extension) is { } problem)
        {
            error = $"{name}: {problem}";
            return null;
        }

        return SourceLines.Split(TextDecoding.Decode(bytes).Text);
    }

    private static List<string> ToLines(List<DocumentBlock> blocks)
    {
        var lines = new List<string>();
        foreach (var block in blocks)
        {
            for (var i = 0; i < block.BlankLinesBefore; i++)
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(SourceLines.Split(block.Text));
        }

        return lines;
    }
}
