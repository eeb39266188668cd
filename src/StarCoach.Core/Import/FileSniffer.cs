namespace StarCoach.Core.Import;

/// <summary>Looks at the first bytes of a file to tell text from binary and real Office/PDF files from renamed ones.</summary>
internal readonly record struct FileSniffer(bool IsZip, bool IsPdf, bool IsBinary)
{
    private const int SniffBytes = 8192;

    public static FileSniffer Identify(ReadOnlySpan<byte> bytes)
    {
        var isZip = bytes.StartsWith("PK\u0003\u0004"u8);
        var isPdf = bytes.StartsWith("%PDF-"u8);
        return new FileSniffer(isZip, isPdf, !isZip && !isPdf && LooksBinary(bytes[..Math.Min(bytes.Length, SniffBytes)]));
    }

    /// <summary>Why a file with this extension cannot be imported, or null when it can.</summary>
    public string? Problem(string extension) => extension switch
    {
        ".docx" when !IsZip => "is not a valid .docx file (no Word document inside); open it in Word and save it as .docx again, or save it as .txt.",
        ".docx" => "Word documents are not supported yet; save it as plain text (.txt) or Markdown (.md) and import that.",
        ".pdf" when !IsPdf => "is not a valid PDF file; export it to PDF again, or save the text as .txt.",
        ".pdf" => "PDF documents are not supported yet; copy the text into a .txt file and import that.",
        ".doc" or ".odt" or ".rtf" or ".pages" => $"{extension} files are not supported; save the document as plain text (.txt) or Markdown (.md).",
        _ when IsZip => "is a ZIP archive, not a text document; unpack it and import the prep document inside.",
        _ when IsPdf => "is a PDF file; PDF import is not supported yet, so copy the text into a .txt file.",
        _ when IsBinary => "looks like a binary file, not a text document; import a .txt, .md or .json prep document.",
        _ => null,
    };

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return false; // UTF-16 text with a byte-order mark
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return head.Length > 0 && control * 10 > head.Length;
    }
}
