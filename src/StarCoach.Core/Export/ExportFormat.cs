namespace StarCoach.Core.Export;

/// <summary>What a bank can be exported to.</summary>
public enum ExportFormat
{
    /// <summary>A Markdown prep document that imports back to the same questions and answers.</summary>
    Markdown,

    /// <summary>A printable PDF cheat sheet: per question the compressed answer or the STAR skeleton, with key figures.</summary>
    Pdf,

    /// <summary>Anki flashcards (tab-separated text with Anki's header lines): question on the front, skeleton on the back.</summary>
    Anki,

    /// <summary>StarCoach bank JSON (schemaVersion 1), which imports back byte for byte.</summary>
    Json,
}

/// <summary>How people name an export (<c>--to pdf</c>, <c>?to=anki</c>) and what its file is called, for the CLI and the web alike.</summary>
public static class ExportFormats
{
    /// <summary>The names <see cref="TryParse"/> reads, for messages.</summary>
    public const string Accepted = "md, pdf, anki or json";

    /// <summary>Reads <c>md</c> (or <c>markdown</c>), <c>pdf</c>, <c>anki</c> (or <c>csv</c>, <c>tsv</c>) and <c>json</c>, in any case.</summary>
    public static bool TryParse(string? value, out ExportFormat format)
    {
        (var ok, format) = value?.Trim().ToLowerInvariant() switch
        {
            "md" or "markdown" => (true, ExportFormat.Markdown),
            "pdf" => (true, ExportFormat.Pdf),
            "anki" or "csv" or "tsv" => (true, ExportFormat.Anki),
            "json" => (true, ExportFormat.Json),
            _ => (false, ExportFormat.Json),
        };
        return ok;
    }

    /// <summary>
    /// The file an export of the bank imported from <paramref name="source"/> is saved as, named after its kind:
    /// <c>interviews-cheatsheet.pdf</c>, <c>interviews-anki.txt</c>, <c>interviews-prep.md</c>, <c>interviews-bank.json</c>. Never the prep document's own name, so a download saved beside it replaces nothing and,
    /// uploaded again, is never taken for an edit of that document. Characters other than ASCII letters, digits, '.', '-'
    /// and '_' become '_' (the name goes into a Content-Disposition header and a shell).
    /// </summary>
    public static string FileName(string source, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName(source.Replace('\\', '/')));
        var safe = new string([.. stem.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        var kind = format switch
        {
            ExportFormat.Markdown => "prep",
            ExportFormat.Pdf => "cheatsheet",
            ExportFormat.Anki => "anki",
            _ => "bank",
        };
        return $"{(safe.Length == 0 ? "bank" : safe)}-{kind}{BankExporter.Extension(format)}";
    }
}
