namespace StarCoach.Core.Import;

/// <summary>Looks at the first bytes of a file to tell text from binary and real Office/PDF files from renamed ones.</summary>
internal readonly record struct FileSniffer(bool IsZip, bool IsPdf, bool IsBinary, bool IsOle = false)
{
    private const int SniffBytes = 8192;

    public static FileSniffer Identify(ReadOnlySpan<byte> bytes)
    {
        var isZip = bytes.StartsWith("PK\u0003\u0004"u8);
        var isPdf = bytes.StartsWith("%PDF-"u8);

        // Encrypted Office files and old .doc files are OLE compound files, not ZIP packages.
        var isOle = bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
        return new FileSniffer(isZip, isPdf, !isZip && !isPdf && LooksBinary(bytes[..Math.Min(bytes.Length, SniffBytes)]), isOle);
    }

    /// <summary>Why a file with this extension cannot be imported, or null when it can.</summary>
    public string? Problem(string extension) => extension switch
    {
        ".docx" when IsOle => "is password-protected or an old Word format, not a .docx; remove the password (or save it as .docx from Word) and import it again.",
        ".docx" when !IsZip => "is not a valid .docx file (no Word document inside); open it in Word and save it as .docx again, or save it as .txt.",
        ".pdf" when !IsPdf => "is not a valid PDF file; export it to PDF again, or save the text as .txt.",
        ".docx" or ".pdf" => null,
        ".doc" or ".odt" or ".rtf" or ".pages" => $"{extension} files are not supported; save the document as .docx, plain text (.txt) or Markdown (.md).",
        _ when IsZip => "is a ZIP archive, not a text document; if it is a Word document, import it as .docx (rename it or use --format docx).",
        _ when IsPdf => "is a PDF file; import it as PDF (rename it to .pdf or use --format pdf).",
        _ when IsBinary => "looks like a binary file, not a text document; import a .txt, .md, .docx, .pdf or .json prep document.",
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
