using StarCoach.Core.Import.Json;
using StarCoach.Core.Import.Markdown;
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
        : this([new PlainTextImporter(), new MarkdownImporter(), new JsonBankImporter()])
    {
    }

    /// <summary>An importer with the given formats.</summary>
    public BankImporter(IReadOnlyList<IBankImporter> importers) => _importers = importers;

    /// <summary>Imports the file at <paramref name="path"/>.</summary>
    public ImportResult ImportFile(string path, ImportFormat format = ImportFormat.Auto)
    {
        var name = Path.GetFileName(path.TrimEnd('/', '\\'));
        if (string.IsNullOrEmpty(name))
        {
            name = path;
        }

        if (Directory.Exists(path))
        {
            return ImportResult.Failure($"{path}: is a directory; give the path of a prep document file (.txt, .md or .json).");
        }

        if (!File.Exists(path))
        {
            return ImportResult.Failure($"{path}: file not found; check the path and try again.");
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
            {
                return ImportResult.Failure($"{path}: file is {info.Length / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit; split the document or remove embedded images.");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ImportResult.Failure($"{path}: cannot be read ({e.Message.TrimEnd('.')}); check its permissions.");
        }

        return Import(name, bytes, format, displayPath: path);
    }

    /// <summary>Imports a document given as bytes (an upload, or standard input) under the name <paramref name="name"/>.</summary>
    public ImportResult Import(string name, ReadOnlySpan<byte> bytes, ImportFormat format = ImportFormat.Auto, string? displayPath = null)
    {
        var shown = displayPath ?? name;
        if (bytes.Length > MaxFileBytes)
        {
            return ImportResult.Failure($"{shown}: document is over the {MaxFileBytes / (1024 * 1024)} MB limit; split it and import the parts.");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var sniffed = FileSniffer.Identify(bytes);
        if (sniffed.Problem(extension) is { } problem)
        {
            return ImportResult.Failure($"{shown}: {problem}");
        }

        var (text, diagnostics) = TextDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportResult.Failure($"{shown}: file is empty; add your questions and answers, or pick another file.");
        }

        var chosen = format == ImportFormat.Auto ? Choose(extension, text) : format;
        var importer = _importers.FirstOrDefault(i => i.Format == chosen);
        if (importer is null)
        {
            return ImportResult.Failure($"{shown}: the {chosen.ToString().ToLowerInvariant()} format is not available in this build.");
        }

        var result = importer.Import(new SourceDocument(name, text, [.. diagnostics]));
        return result.Succeeded || displayPath is null || result.Error.StartsWith(displayPath, StringComparison.Ordinal)
            ? result
            : ImportResult.Failure(ReplaceName(result.Error, name, displayPath));
    }

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
