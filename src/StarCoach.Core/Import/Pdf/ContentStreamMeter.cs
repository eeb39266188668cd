namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// What drawing a content stream costs PdfPig: the tokens it parses, the most glyphs it can show, and the words that
/// are no operator (<paramref name="Unknown"/>), at each of which PdfPig searches the page so far for an inline image.
/// </summary>
internal readonly record struct ContentCost(long Tokens, long Glyphs, long Unknown = 0)
{
    public static ContentCost operator +(ContentCost a, ContentCost b) =>
        new(Saturate(a.Tokens + b.Tokens), Saturate(a.Glyphs + b.Glyphs), Saturate(a.Unknown + b.Unknown));

    /// <summary>The cost of drawing this <paramref name="times"/> times, kept from overflowing.</summary>
    public ContentCost Times(long times) => new(Multiply(Tokens, times), Multiply(Glyphs, times), Multiply(Unknown, times));

    private static long Saturate(long value) => value < 0 ? long.MaxValue : value;

    private static long Multiply(long value, long times) => times != 0 && value > long.MaxValue / times ? long.MaxValue : value * times;
}

/// <summary>
/// Reads a PDF content stream the way PdfPig's tokenizer does, without building anything: it counts the tokens
/// (each becomes an object when PdfPig parses the page) and the bytes of strings (each byte shows at most one
/// glyph), and the words that are neither a number nor an operator, and names the XObjects drawn with <c>Do</c>, so
/// a page is weighed before PdfPig spends memory or time on it.
/// </summary>
internal static class ContentStreamMeter
{
    // The content operators of PDF 2.0 and true and null, each as up to four bytes in one int ("false" is the one longer).
    private static readonly HashSet<int> Operators =
    [
        .. "b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \" true null"
            .Split(' ').Select(word => Key(System.Text.Encoding.ASCII.GetBytes(word))),
    ];

    public static ContentCost Measure(ReadOnlySpan<byte> content, Action<string> drawsXObject)
    {
        long tokens = 0;
        long glyphs = 0;
        long unknown = 0;
        string? lastName = null;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c))
            {
                i++;
                continue;
            }

            tokens++;
            switch (c)
            {
                case (byte)'%':
                    tokens--;
                    while (i < content.Length && content[i] is not ((byte)'\n' or (byte)'\r'))
                    {
                        i++;
                    }

                    break;
                case (byte)'(':
                    glyphs += LiteralString(content, ref i);
                    break;
                case (byte)'<' when i + 1 < content.Length && content[i + 1] == '<':
                case (byte)'>' when i + 1 < content.Length && content[i + 1] == '>':
                    i += 2;
                    break;
                case (byte)'<':
                    glyphs += HexString(content, ref i);
                    break;
                case (byte)'/':
                    var start = ++i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    lastName = NameOf(content[start..i]);
                    break;
                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)')' or (byte)'>':
                    i++;
                    break;
                default:
                    var word = i;
                    while (i < content.Length && IsRegular(content[i]))
                    {
                        i++;
                    }

                    var keyword = content[word..i];
                    if (keyword.SequenceEqual("Do"u8) && lastName is not null)
                    {
                        drawsXObject(lastName);
                    }
                    else if (keyword.SequenceEqual("ID"u8))
                    {
                        SkipInlineImage(content, ref i);
                    }
                    else if (!IsNumberOrOperator(keyword))
                    {
                        unknown++;
                    }

                    break;
            }
        }

        return new ContentCost(tokens, glyphs, unknown);
    }

    private static bool IsNumberOrOperator(ReadOnlySpan<byte> word) =>
        word.IsEmpty || word[0] is (>= (byte)'0' and <= (byte)'9') or (byte)'+' or (byte)'-' or (byte)'.'
        || (word.Length <= 4 ? Operators.Contains(Key(word)) : word.SequenceEqual("false"u8));

    private static int Key(ReadOnlySpan<byte> word)
    {
        var key = 0;
        for (var i = 0; i < word.Length; i++)
        {
            key |= word[i] << (8 * i);
        }

        return key;
    }

    /// <summary>A name as its resource dictionary spells it: "#20" is the byte 0x20.</summary>
    private static string NameOf(ReadOnlySpan<byte> written)
    {
        var name = new System.Text.StringBuilder(written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] == '#' && i + 2 < written.Length && byte.TryParse(written.Slice(i + 1, 2), System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                name.Append((char)value);
                i += 2;
            }
            else
            {
                name.Append((char)written[i]);
            }
        }

        return name.ToString();
    }

    private static long LiteralString(ReadOnlySpan<byte> content, ref int i)
    {
        var depth = 0;
        long bytes = 0;
        for (; i < content.Length; i++)
        {
            switch (content[i])
            {
                case (byte)'\\':
                    i++;
                    bytes++;
                    break;
                case (byte)'(':
                    if (depth++ > 0)
                    {
                        bytes++;
                    }

                    break;
                case (byte)')':
                    if (--depth == 0)
                    {
                        i++;
                        return bytes;
                    }

                    bytes++;
                    break;
                default:
                    bytes++;
                    break;
            }
        }

        return bytes;
    }

    private static long HexString(ReadOnlySpan<byte> content, ref int i)
    {
        long digits = 0;
        for (i++; i < content.Length && content[i] != '>'; i++)
        {
            digits += IsWhite(content[i]) ? 0 : 1;
        }

        i++;
        return (digits + 1) / 2;
    }

    // An inline image's data runs from "ID" to "EI" between white space; it is data, not tokens.
    private static void SkipInlineImage(ReadOnlySpan<byte> content, ref int i)
    {
        for (i++; i + 2 <= content.Length; i++)
        {
            if (content[i] == 'E' && content[i + 1] == 'I' && IsWhite(content[i - 1]) && (i + 2 == content.Length || IsWhite(content[i + 2])))
            {
                i += 2;
                return;
            }
        }

        i = content.Length;
    }

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsRegular(byte c) => !IsWhite(c) && c is not ((byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%');
}
