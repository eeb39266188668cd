namespace StarCoach.Core.Import.Html;

/// <summary>
/// Measures the HTML tags in a document before any parser sees them, so that hostile markup (tags nested thousands
/// deep, a tag with megabytes of attributes) is refused with one line instead of costing memory or the stack.
/// It only counts tags; AngleSharp does the reading.
/// </summary>
internal static class HtmlGuard
{
    /// <summary>Deepest nesting of open HTML elements accepted; real prep documents stay under a dozen.</summary>
    public const int MaxNesting = 64;

    /// <summary>Longest single tag, attributes included (16 KB); a style or link is a few hundred characters.</summary>
    public const int MaxTagLength = 16 * 1024;

    /// <summary>Why <paramref name="text"/> cannot be read, with the line, or null when its markup is within the limits.</summary>
    public static string? Problem(string text)
    {
        var line = 1;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                continue;
            }

            if (c != '<' || i + 1 >= text.Length)
            {
                continue;
            }

            var closing = text[i + 1] == '/';
            var nameStart = closing ? i + 2 : i + 1;
            if (nameStart >= text.Length || !char.IsAsciiLetter(text[nameStart]))
            {
                continue;
            }

            var nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
            {
                nameEnd++;
            }

            // "x<y then": a tag name ends at white space, '/' or '>', and a tag holds no other '<'.
            if (nameEnd >= text.Length || !(char.IsWhiteSpace(text[nameEnd]) || text[nameEnd] is '/' or '>'))
            {
                continue;
            }

            // Both searches stop one tag's length ahead, so markup-like text costs no more than one pass.
            var window = Math.Min(MaxTagLength + 1, text.Length - nameEnd);
            var end = text.IndexOf('>', nameEnd, window);
            var nextOpen = text.IndexOf('<', nameEnd, end < 0 ? window : end - nameEnd);
            if (nextOpen >= 0)
            {
                continue;
            }

            if (end < 0)
            {
                if (window > MaxTagLength)
                {
                    return $"has an HTML tag over {MaxTagLength / 1024} KB long at line {line}, far beyond a real document's markup; remove it and import again.";
                }

                continue;
            }

            var name = text.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (text[end - 1] != '/' && !IsVoid(name))
            {
                if (++depth > MaxNesting)
                {
                    return $"has HTML nested more than {MaxNesting} levels deep at line {line}; flatten the markup there and import again.";
                }
            }

            for (var j = i; j < end; j++)
            {
                if (text[j] == '\n')
                {
                    line++;
                }
            }

            i = end;
        }

        return null;
    }

    // Elements that are never closed, and inline ones people leave open (<p>, <li>) would overstate the depth; the
    // latter are rare in prep documents and a false refusal needs hundreds of them unclosed in a row.
    private static bool IsVoid(ReadOnlySpan<char> name) =>
        name.Equals("br", StringComparison.OrdinalIgnoreCase) || name.Equals("hr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("img", StringComparison.OrdinalIgnoreCase) || name.Equals("input", StringComparison.OrdinalIgnoreCase)
        || name.Equals("meta", StringComparison.OrdinalIgnoreCase) || name.Equals("link", StringComparison.OrdinalIgnoreCase)
        || name.Equals("wbr", StringComparison.OrdinalIgnoreCase) || name.Equals("col", StringComparison.OrdinalIgnoreCase)
        || name.Equals("source", StringComparison.OrdinalIgnoreCase) || name.Equals("area", StringComparison.OrdinalIgnoreCase)
        || name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase);
}
