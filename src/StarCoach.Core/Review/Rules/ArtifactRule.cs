using System.Globalization;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>text.artifact</c>: what copy-paste leaves behind. Literal escape sequences (<c>\n</c>, <c>\"</c>),
/// Markdown leftovers (<c>**</c>, <c>## </c> headings, <c>[text](link)</c>), HTML tags and entities, mojibake
/// (UTF-8 read as Windows-1252: <c>â€™</c>, <c>Ã©</c>), replacement characters, control characters and a web page's
/// own text at the end of a line ("… Read full answer", "Click to expand"). One
/// finding per kind of artifact, at its first occurrence, with how often it occurs and every other place
/// (<see cref="Finding.Also"/>); an error, not a warning, when
/// the answer is buried in them (<see cref="ScoreCap"/> then holds it where a coach would send it back). One scan
/// of the raw text.
/// </summary>
internal sealed partial class ArtifactRule : ReviewRule
{
    public override string Id => RuleIds.Artifact;

    public override string Name => "Paste leftovers";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Paste artifacts in the text.";

    public override string Hint => "Clean the text: real line breaks instead of \\n, no markup symbols, broken characters fixed (â€™ → ’).";

    private enum Kind
    {
        LiteralBreak,
        EscapedQuote,
        MarkdownBold,
        MarkdownHeading,
        MarkdownLink,
        Html,
        Mojibake,
        ReplacementCharacter,
        ControlCharacter,
    }

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var text = analysis.Text;
        const int kinds = (int)Kind.ControlCharacter + 1;
        Span<int> firstAt = stackalloc int[kinds];
        Span<int> firstLength = stackalloc int[kinds];
        Span<int> counts = stackalloc int[kinds];
        var again = new List<FindingPlace>?[kinds];
        firstAt.Fill(-1);
        for (var i = 0; i < text.Length; i++)
        {
            // Jump to the next character that can start an artifact: a vectorised search, not a look at every letter.
            var next = text.AsSpan(i).IndexOfAny(ArtifactStarts);
            if (next < 0)
            {
                break;
            }

            i += next;
            var length = Match(text, i, AtLineStart(text, i), out var kind);
            if (length == 0)
            {
                continue;
            }

            var k = (int)kind;
            counts[k]++;
            if (firstAt[k] < 0)
            {
                firstAt[k] = i;
                firstLength[k] = length;
            }
            else
            {
                (again[k] ??= []).Add(new FindingPlace(i, length));
            }

            i += length - 1;
        }

        // "… Read full answer", "Click to expand": a web page's own text, copied with the answer.
        var chrome = text.AsSpan().ContainsAny(ChromeWords) ? PageChromeRegex().Matches(text) : null;

        // An answer buried in artifacts (one every 25 words or more often) reads as a paste, not as the candidate's
        // answer: a coach sends it back. A few leftovers are polish.
        // Markdown marks around labels ("**Situation:**") are a prep document's formatting, not a paste gone wrong.
        var total = (chrome?.Count ?? 0) + Sum(counts) - counts[(int)Kind.MarkdownBold] - counts[(int)Kind.MarkdownHeading];
        FindingSeverity? severity = total >= MinBuried && total * WordsPerArtifact >= analysis.WordCount ? FindingSeverity.Error : null;
        var throughout = severity is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; {total} artifacts in {analysis.WordCount} words, so it reads as a paste");
        if (chrome is { Count: > 0 })
        {
            var first = chrome[0].Groups["chrome"];
            var times = chrome.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({chrome.Count}×)");
            var places = chrome.Skip(1).Select(m => new FindingPlace(m.Groups["chrome"].Index, m.Groups["chrome"].Length));
            findings.Add(this, first.Index, first.Length, $"Paste artifact: page text “{first.Value}” copied with the answer{times}{throughout}.", severity, places);
            throughout = string.Empty;
        }

        for (var k = 0; k < kinds; k++)
        {
            if (counts[k] > 0)
            {
                var times = counts[k] == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({counts[k]}×)");
                findings.Add(this, firstAt[k], firstLength[k], $"Paste artifact: {Describe((Kind)k, text.Substring(firstAt[k], firstLength[k]))}{times}{throughout}.", severity, again[k]);
                throughout = string.Empty;
            }
        }
    }

    // Buried: at least this many artifacts, and one in every this many words or more often.
    private const int MinBuried = 4;
    private const int WordsPerArtifact = 25;

    private static int Sum(ReadOnlySpan<int> counts)
    {
        var sum = 0;
        foreach (var count in counts)
        {
            sum += count;
        }

        return sum;
    }

    private static readonly System.Buffers.SearchValues<char> ArtifactStarts = System.Buffers.SearchValues.Create(
        "\\*#]<&âÃÂï\uFFFD\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|(?<=[.…!?:]\s{0,3}))[\s\W]*(?<chrome>read\s+(?:the\s+)?full\s+(?:answer|story|article|post)|read\s+more|click\s+(?:here\s+)?to\s+(?:expand|collapse|read\s+more|see\s+more|show\s+more)|show\s+(?:more|less)|see\s+(?:the\s+)?(?:full|complete)\s+answer|continue\s+reading)\b[\s\W]*$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.ExplicitCapture)]
    private static partial System.Text.RegularExpressions.Regex PageChromeRegex();

    private static readonly System.Buffers.SearchValues<string> ChromeWords =
        System.Buffers.SearchValues.Create(["read", "click", "show", "see ", "continue"], StringComparison.OrdinalIgnoreCase);

    private static bool AtLineStart(string text, int i)
    {
        for (var p = i - 1; p >= 0; p--)
        {
            if (text[p] == '\n')
            {
                return true;
            }

            if (text[p] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    // Length of the artifact starting at i, or 0.
    private static int Match(string text, int i, bool lineStart, out Kind kind)
    {
        kind = default;
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        switch (c)
        {
            case '\\' when next is 'n' or 'r' or 't' && !IsWindowsPath(text, i):
                kind = Kind.LiteralBreak;
                return 2;
            case '\\' when next is '"' or '“' or '”' or '\'' or '’':
                kind = Kind.EscapedQuote;
                return 2;
            case '*' when next == '*':
                kind = Kind.MarkdownBold;
                return 2;
            case '#' when lineStart && HeadingMarkLength(text, i) is var mark and > 0:
                kind = Kind.MarkdownHeading;
                return mark;
            case ']' when next == '(' && i + 5 < text.Length && text.AsSpan(i + 2).StartsWith("http", StringComparison.OrdinalIgnoreCase):
                kind = Kind.MarkdownLink;
                return 2;
            case '<' when IsHtmlTag(text, i) is var tag and > 0:
                kind = Kind.Html;
                return tag;
            case '&' when IsHtmlEntity(text, i) is var entity and > 0:
                kind = Kind.Html;
                return entity;
            case 'â' when next == '€':
            case 'Ã' when next is >= '\u0080' and <= '\u00BF':
            case 'Â' when next is '\u00A0' or (>= '\u00A1' and <= '\u00BF'):
            case 'ï' when next == '»' && i + 2 < text.Length && text[i + 2] == '¿':
                kind = Kind.Mojibake;
                return c == 'â' && i + 2 < text.Length && text[i + 2] is >= '\u0080' and <= '\u2122' ? 3 : 2;
            case '\uFFFD':
                kind = Kind.ReplacementCharacter;
                return 1;
            case < ' ' when c is not ('\n' or '\r' or '\t'):
                kind = Kind.ControlCharacter;
                return 1;
            default:
                return 0;
        }
    }

    // "C:\new" and "D:\reports" are paths, not escapes.
    private static bool IsWindowsPath(string text, int backslash) =>
        backslash >= 2 && text[backslash - 1] == ':' && char.IsLetter(text[backslash - 2]);

    private static int HeadingMarkLength(string text, int i)
    {
        var k = i;
        while (k < text.Length && text[k] == '#' && k - i < 6)
        {
            k++;
        }

        return k < text.Length && text[k] == ' ' ? k - i + 1 : 0;
    }

    private static int IsHtmlTag(string text, int i)
    {
        ReadOnlySpan<string> tags = ["<br>", "<br/>", "<br />", "<p>", "</p>", "<b>", "</b>", "<i>", "</i>", "<li>", "</li>", "<ul>", "</ul>", "<div>", "</div>", "<strong>", "</strong>", "<em>", "</em>", "<span>", "</span>"];
        foreach (var tag in tags)
        {
            if (text.AsSpan(i).StartsWith(tag, StringComparison.OrdinalIgnoreCase))
            {
                return tag.Length;
            }
        }

        return 0;
    }

    // "&nbsp;", "&#x20;", "&#8217;": any character reference HTML decodes (named, decimal or hex) left in the text.
    private static int IsHtmlEntity(string text, int i)
    {
        const int MaxReference = 12;
        var end = text.IndexOf(';', i + 1, Math.Min(MaxReference, text.Length - i - 1));
        if (end < i + 3)
        {
            return 0;
        }

        var reference = text.AsSpan(i + 1, end - i - 1);
        var wellFormed = reference[0] == '#'
            ? reference.Length > 1 && (reference[1] is 'x' or 'X' ? reference.Length > 2 && !reference[2..].ContainsAnyExcept(HexDigits) : !reference[1..].ContainsAnyExcept(Digits))
            : !reference.ContainsAnyExcept(Letters);
        if (!wellFormed)
        {
            return 0;
        }

        var token = text.Substring(i, end - i + 1);
        return System.Net.WebUtility.HtmlDecode(token) != token ? token.Length : 0;
    }

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    private static string Describe(Kind kind, string sample) => kind switch
    {
        Kind.LiteralBreak => $"literal “{sample}” where a line break was meant",
        Kind.EscapedQuote => $"escaped quote “{sample}”",
        Kind.MarkdownBold => "Markdown “**” left in plain text",
        Kind.MarkdownHeading => "Markdown heading mark “#”",
        Kind.MarkdownLink => "Markdown link syntax",
        Kind.Html => $"HTML “{sample}”",
        Kind.Mojibake => $"broken characters “{sample}” (text decoded with the wrong encoding)",
        Kind.ReplacementCharacter => "replacement character “\uFFFD” where a character was lost",
        _ => "invisible control character",
    };
}
