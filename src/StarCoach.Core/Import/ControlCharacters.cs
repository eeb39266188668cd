namespace StarCoach.Core.Import;

/// <summary>
/// Control characters (NUL and the rest of C0 and C1, but not tab and line breaks) carry no words: a PDF font without a
/// text mapping draws glyphs as NUL, and a crafted upload may put one in its file name. PostgreSQL cannot store NUL in
/// text at all, so they are removed where text enters, the same on every database.
/// </summary>
public static class ControlCharacters
{
    /// <summary>The name given to an upload that comes without a usable file name.</summary>
    public const string DefaultFileName = "upload.txt";

    public static bool IsStray(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    public static string Remove(string text) => text.Any(IsStray) ? string.Concat(text.Where(c => !IsStray(c))) : text;

    /// <summary>The file name of an upload: its last path segment without control characters, or <see cref="DefaultFileName"/>.</summary>
    public static string FileName(string? name)
    {
        var cleaned = Path.GetFileName(Remove(name ?? string.Empty).Replace('\\', '/')).Trim();
        return cleaned.Length == 0 ? DefaultFileName : cleaned;
    }
}
