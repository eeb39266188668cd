using StarCoach.Core.Import.Docx;
using StarCoach.Core.Import.Json;
using StarCoach.Core.Import.Markdown;
using StarCoach.Core.Import.Pdf;
using StarCoach.Core.Import.PlainText;

namespace StarCoach.Core.Import;

/// <summary>
/// Imports a file into a bank: checks that the file can be read (exists, not a folder, not empty, not binary,
/// under the size limit), decodes it, and hands it to the importer for its format. Every problem comes back
/// as a one-line message that names the file and says what to do.
/// </summary>
public sealed class BankImporter
{
    /// <summary>Largest file accepted (20 MB): far beyond any prep document, small enough to stay responsive.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    private readonly IReadOnlyList<IBankImporter> _importers;

    /// <summary>An importer with every built-in format.</summary>
    public BankImporter()
        : this([new PlainTextImporter(), new MarkdownImporter(), new JsonBankImporter(), new DocxImporter(), new PdfImporter()])
    {
    }

    /// <summary>An importer with the given formats.</summary>
    public BankImporter(IReadOnlyList<IBankImporter> importers) => _importers = importers;

    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    public ImportResult ImportFile(string path, ImportFormat format = ImportFormat.Auto)
    {
        if (!DocumentFile.TryRead(path, "a prep document file (.txt, .md, .docx, .pdf or .json)", out var bytes, out var error))
        {
            return ImportResult.Failure(error);
        }

        return Import(DocumentFile.NameOf(path), bytes, format, displayPath: path);
    }

    /// <summary>Imports a document given as bytes (an upload, or standard input) under the name <paramref name="name"/>.</summary>
    public ImportResult Import(string name, ReadOnlySpan<byte> bytes, ImportFormat format = ImportFormat.Auto, string? displayPath = null) =>
        Import(name, bytes, ImportCorrections.None, format, displayPath);

    /// <summary>
    /// Imports a document given as bytes with the corrections the user made to earlier imports of it ("this line is a
    /// question", "a new answer starts here"), found by the words of their lines.
    /// </summary>
    public ImportResult Import(string name, ReadOnlySpan<byte> bytes, ImportCorrections corrections, ImportFormat format = ImportFormat.Auto, string? displayPath = null)
    {
        if (!TryOpen(name, bytes, format, displayPath, out var document, out var importer, out var failure))
        {
            return failure!;
        }

        var result = importer!.Import(document! with { Corrections = corrections });
        return result.Succeeded || displayPath is null || result.Error.StartsWith(displayPath, StringComparison.Ordinal)
            ? result
            : ImportResult.Failure(ReplaceName(result.Error, name, displayPath));
    }

    /// <summary>
    /// The text of the unit of the document that starts on source line <paramref name="line"/> (a question, a label,
    /// a paragraph), as the outline reads it: what a correction of that line is keyed by. Null when no unit starts there
    /// or the format is not read as an outline (JSON).
    /// </summary>
    public string? LineAt(string name, ReadOnlySpan<byte> bytes, int line, ImportFormat format = ImportFormat.Auto)
    {
        if (!TryOpen(name, bytes, format, null, out var document, out var importer, out _) || importer is not Outline.IBlockReader reader)
        {
            return null;
        }

        var blocks = reader.ReadBlocks(document!, out _);
        if (blocks is null)
        {
            return null;
        }

        var units = Outline.BlockSplitter.Split(blocks);
        var unit = units.FirstOrDefault(u => u.StartLine == line) ?? units.FirstOrDefault(u => u.StartLine <= line && line <= u.EndLine);
        return unit?.Trimmed;
    }

    private bool TryOpen(string name, ReadOnlySpan<byte> bytes, ImportFormat format, string? displayPath, out SourceDocument? document, out IBankImporter? importer, out ImportResult? failure)
    {
        document = null;
        importer = null;
        failure = null;
        var shown = displayPath ?? name;
        if (bytes.Length > MaxFileBytes)
        {
            failure = ImportResult.Failure($"{shown}: document is over the {MaxFileBytes / (1024 * 1024)} MB limit; split it and import the parts.");
            return false;
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var sniffed = FileSniffer.Identify(bytes);
        ImportFormat chosen;
        if (BinaryFormat(format, extension, sniffed) is { } binary)
        {
            if (sniffed.Problem(binary == ImportFormat.Docx ? ".docx" : ".pdf") is { } binaryProblem)
            {
                failure = ImportResult.Failure($"{shown}: {binaryProblem}");
                return false;
            }

            chosen = binary;
            document = new SourceDocument(name, string.Empty, []) { Bytes = bytes.ToArray() };
        }
        else
        {
            if (sniffed.Problem(extension) is { } problem)
            {
                failure = ImportResult.Failure($"{shown}: {problem}");
                return false;
            }

            var (text, diagnostics) = TextDecoding.Decode(bytes);
            if (string.IsNullOrWhiteSpace(text))
            {
                failure = ImportResult.Failure($"{shown}: file is empty; add your questions and answers, or pick another file.");
                return false;
            }

            chosen = format == ImportFormat.Auto ? Choose(extension, text) : format;
            document = new SourceDocument(name, text, [.. diagnostics]);
        }

        importer = _importers.FirstOrDefault(i => i.Format == chosen);
        if (importer is null)
        {
            failure = ImportResult.Failure($"{shown}: the {chosen.ToString().ToLowerInvariant()} format is not available in this build.");
            return false;
        }

        return true;
    }

    /// <summary>The binary format (.docx or PDF) to read the bytes as, or null for a text format.</summary>
    internal static ImportFormat? BinaryFormat(ImportFormat format, string extension, FileSniffer sniffed) => format switch
    {
        ImportFormat.Docx or ImportFormat.Pdf => format,
        ImportFormat.Auto when extension == ".docx" => ImportFormat.Docx,
        ImportFormat.Auto when extension == ".pdf" || (sniffed.IsPdf && extension is not (".txt" or ".md" or ".json")) => ImportFormat.Pdf,
        _ => null,
    };

    /// <summary>Picks a format from the extension, falling back on what the text looks like.</summary>
    public static ImportFormat Choose(string extension, string text) => extension switch
    {
        ".md" or ".markdown" or ".mdown" or ".mkd" => ImportFormat.Markdown,
        ".json" => ImportFormat.Json,
        ".txt" or ".text" => ImportFormat.Text,
        _ => LooksLikeJson(text) ? ImportFormat.Json : LooksLikeMarkdown(text) ? ImportFormat.Markdown : ImportFormat.Text,
    };

    private static bool LooksLikeJson(string text) => text.AsSpan().TrimStart().StartsWith("{") && text.Contains("\"schemaVersion\"", StringComparison.Ordinal);

    private static bool LooksLikeMarkdown(string text)
    {
        var headings = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if ((trimmed.StartsWith("# ") || trimmed.StartsWith("## ") || trimmed.StartsWith("### ")) && ++headings >= 2)
            {
                return true;
            }

            if (trimmed.StartsWith("**") && trimmed.IndexOf(":**") > 2)
            {
                return true;
            }
        }

        return false;
    }

    private static string ReplaceName(string error, string name, string path) =>
        error.StartsWith(name + ":", StringComparison.Ordinal) ? path + error[name.Length..] : error;
}
