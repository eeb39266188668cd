namespace StarCoach.Core.Text;

/// <summary>Splits text into lines the way editors number them (LF, CRLF or CR), without the line breaks.</summary>
internal static class SourceLines
{
    public static List<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>True for lines that hold nothing but whitespace (including non-breaking spaces).</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
        {
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
