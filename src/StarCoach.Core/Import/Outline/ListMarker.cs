using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>The kind of mark in front of a list item or a numbered line.</summary>
internal enum MarkerKind
{
    /// <summary>No mark.</summary>
    None,

    /// <summary>"-", "*", "•".</summary>
    Bullet,

    /// <summary>"1.", "2)", "Q3." or "4 " at the start of a numbered line.</summary>
    Number,

    /// <summary>"a.", "b)".</summary>
    Letter,
}

/// <summary>Reads the mark in front of a line: a bullet, a number ("12.", "3)", "4 " before a word) or a letter ("b.").</summary>
internal static partial class ListMarker
{
    [GeneratedRegex(@"^\s*(?:(?<bullet>[-*+•●○◦▪▫■□·‣⁃–—])(?=\s)|\(?(?<number>\d{1,3})(?:\.\d{1,3})*(?:[.)]|\s(?=[A-Za-z\p{Lo}]))|\(?(?<letter>[a-zA-Z])[.)](?=\s|\p{Lo}))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkerRegex();

    // "·\t", "o\t", "§\t", ".\t": the bullets a word processor leaves when a list is pasted or saved as text.
    [GeneratedRegex(@"^\s*[.o§·\uF0B7\uF0A7\uF076\uF0D8]\t+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex PastedBulletRegex();

    /// <summary>True for a line that opens with a bullet a word processor left behind (a glyph or "." and a tab).</summary>
    public static bool IsPastedBullet(string line) => line.Length > 2 && line.Length <= 4096 && PastedBulletRegex().IsMatch(line);

    /// <summary>The line without the bullet a word processor left in front of it.</summary>
    public static string WithoutPastedBullet(string line) =>
        line.Length > 2 && line.Length <= 4096 && PastedBulletRegex().Match(line) is { Success: true } bullet ? line[bullet.Length..] : line;

    /// <summary>A mark: its kind and, for numbers and letters, its position in the sequence (1 for "1." and "a.").</summary>
    public readonly record struct Found(MarkerKind Kind, int Ordinal);

    public static Found Read(string line)
    {
        if (line.Length == 0 || line.Length > 4096)
        {
            return default;
        }

        var match = MarkerRegex().Match(line);
        if (!match.Success)
        {
            return IsPastedBullet(line) ? new Found(MarkerKind.Bullet, 0) : default;
        }

        if (match.Groups["bullet"].Success)
        {
            return new Found(MarkerKind.Bullet, 0);
        }

        if (match.Groups["number"].Success)
        {
            return new Found(MarkerKind.Number, int.Parse(match.Groups["number"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
        }

        var letter = char.ToLowerInvariant(match.Groups["letter"].Value[0]);
        return new Found(MarkerKind.Letter, letter - 'a' + 1);
    }

    /// <summary>True for a line that is only a mark ("-", "4.", "b)"): a placeholder someone meant to fill.</summary>
    public static bool IsEmpty(string trimmed) =>
        trimmed.Length is > 0 and <= 5 && (trimmed is "-" or "*" or "+" or "•" or "–" || EmptyMarkerRegex().IsMatch(trimmed));

    [GeneratedRegex(@"^\(?(?:\d{1,3}|[a-zA-Z])[.)]$", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyMarkerRegex();
}
