namespace StarCoach.Core.Import.Markdown;

/// <summary>
/// Measures how deeply a Markdown document nests block quotes and lists before Markdig sees it, so a
/// hostile document (thousands of "&gt;", indented bullets, or "- - - …" on one line) is refused instead of
/// exhausting the stack or Markdig's own depth limit.
/// </summary>
internal static class NestingGuard
{
    public static bool TooDeep(string text, int maxDepth, out int line)
    {
        line = 1;
        var brackets = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (LineDepth(text.AsSpan(start, end - start)) > maxDepth)
            {
                return true;
            }

            // Unclosed link brackets and emphasis runs nest inline parsers; a long run of them is hostile.
            foreach (var c in text.AsSpan(start, end - start))
            {
                if (c == '[' && ++brackets > maxDepth * 4)
                {
                    return true;
                }

                if (c == ']')
                {
                    brackets = Math.Max(0, brackets - 1);
                }
            }

            line++;
            start = end + 1;
        }

        return false;
    }

    /// <summary>
    /// The most containers a line can be inside: every "&gt;" and list marker it starts with opens one, and a list
    /// nested on earlier lines needs two columns of indentation per level ("- " or "1."), so its indentation bounds
    /// those. A line without a marker opens nothing: its indentation counts as code would, a level per four columns.
    /// </summary>
    private static int LineDepth(ReadOnlySpan<char> line)
    {
        var containers = 0;
        var markers = 0;
        var columns = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
                i++;
            }
            else if (c == '>')
            {
                containers++;
                i++;
            }
            else if (ListMarkerLength(line[i..]) is > 0 and var length)
            {
                markers++;
                i += length;
            }
            else
            {
                break;
            }
        }

        return containers + (markers > 0 ? markers + (columns / 2) : columns / 4);
    }

    /// <summary>The length of the bullet ("-", "*", "+") or number ("1.", "12)") at the start of <paramref name="text"/> when white space or the line's end follows it, else 0.</summary>
    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        var length = text[0] is '-' or '*' or '+' ? 1 : 0;
        if (length == 0)
        {
            while (length < text.Length && length < 9 && char.IsAsciiDigit(text[length]))
            {
                length++;
            }

            if (length == 0 || length == text.Length || text[length] is not ('.' or ')'))
            {
                return 0;
            }

            length++;
        }

        return length == text.Length || text[length] is ' ' or '\t' or '\r' ? length : 0;
    }
}
