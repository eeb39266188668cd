namespace StarCoach.Core.Text;

/// <summary>Text shown on one line of a summary: line breaks folded to spaces, cut at a length with "…".</summary>
public static class OneLine
{
    /// <summary><paramref name="text"/> on one line, at most <paramref name="max"/> characters before the "…".</summary>
    public static string Of(string text, int max)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= max ? line : line[..max].TrimEnd() + "…";
    }
}
