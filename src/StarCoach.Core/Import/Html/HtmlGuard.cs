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

            // A tag runs to the next '>' with no '<' before it; "x<y then …" with a '<' or nothing after it is prose. The
            // search stops at the next '<', where the next candidate starts, so the whole text is scanned about once.
            var stop = text.AsSpan(nameEnd).IndexOfAny('<', '>');
            if (stop < 0 || text[nameEnd + stop] == '<')
            {
                continue;
            }

            var end = nameEnd + stop;
            if (end - i > MaxTagLength)
            {
                return $"has an HTML tag of {(end - i) / 1024} KB at line {line}, far beyond a real document's markup; remove it and import again.";
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
