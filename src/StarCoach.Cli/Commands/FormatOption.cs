using StarCoach.Core.Import;

namespace StarCoach.Cli.Commands;

/// <summary>Parses the <c>--format</c> option.</summary>
internal static class FormatOption
{
    public static bool TryParse(string value, out ImportFormat format)
    {
        format = value.ToLowerInvariant() switch
        {
            "auto" => ImportFormat.Auto,
            "text" or "txt" => ImportFormat.Text,
            "md" or "markdown" => ImportFormat.Markdown,
            "json" => ImportFormat.Json,
            "docx" or "word" => ImportFormat.Docx,
            "pdf" => ImportFormat.Pdf,
            _ => (ImportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }
}
