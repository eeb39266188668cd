using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Import.Html;

/// <summary>
/// Reads a fragment of HTML (an HTML block inside Markdown) with AngleSharp into the pieces a prep document is made
/// of: headings, paragraphs, list items, the <c>&lt;summary&gt;</c> of a collapsible, table rows; <c>&lt;br&gt;</c>
/// is a line break and a piece wholly in <c>&lt;b&gt;</c>/<c>&lt;strong&gt;</c> is marked bold. The tags themselves,
/// with their attributes, are handed back as markup so no word of the source is lost.
/// </summary>
internal sealed class HtmlBlockReader
{
    private static readonly System.Buffers.SearchValues<char> EntityNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#");

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "li", "ul", "ol", "dl", "dt", "dd",
        "h1", "h2", "h3", "h4", "h5", "h6", "summary", "details", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
        "tr", "td", "th", "hr", "figure", "figcaption", "center", "form", "fieldset", "legend", "body", "html", "head",
    };

    private static readonly HashSet<string> RawElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template", "noscript", "textarea" };

    private readonly List<HtmlPiece> _pieces = [];
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _markup = new();
    private readonly Stack<int> _openCollapsibles;
    private int _collapsibleCount;
    private int _pieceLine;
    private bool _sawPlain;
    private bool _sawStrong;
    private int _strongDepth;
    private int _headingLevel;
    private bool _isSummary;
    private bool _isListItem;
    private bool _inQuote;
    private string? _listMarker;
    private List<string>? _cells;
    private bool _headerRow;

    private HtmlBlockReader(Stack<int> openCollapsibles, int collapsibleCount)
    {
        _openCollapsibles = openCollapsibles;
        _collapsibleCount = collapsibleCount;
    }

    /// <summary>
    /// Reads <paramref name="html"/>. Collapsibles opened here and not closed stay on <paramref name="openCollapsibles"/>
    /// for the Markdown that follows; a closing tag with no opening one here closes the innermost one opened before.
    /// </summary>
    public static List<HtmlPiece> Read(string html, Stack<int> openCollapsibles, ref int collapsibleCount, int maxNesting)
    {
        var reader = new HtmlBlockReader(openCollapsibles, collapsibleCount);
        var document = Parser.ParseDocument(html);
        var opened = new List<int>();
        reader.Walk(document.DocumentElement, 0, maxNesting, opened);
        reader.Flush();

        // What the DOM closed at the end of the fragment, the source may leave open (and the other way round).
        var balance = CountTags(html, "<details") - CountTags(html, "</details");
        if (balance > 0)
        {
            foreach (var id in opened.TakeLast(balance))
            {
                openCollapsibles.Push(id);
            }

        }

        for (; balance < 0 && openCollapsibles.Count > 0; balance++)
        {
            openCollapsibles.Pop();
        }

        // The tags, comments and entities as written (the DOM drops a stray "</details>" and decodes "&amp;"): kept
        // as the fragment's markup so no word of the source is lost.
        reader.AddMarkup(string.Join(' ', MarkupTokens(html)));
        collapsibleCount = reader._collapsibleCount;
        if (reader._markup.Length > 0 && reader._pieces.Count > 0)
        {
            reader._pieces[^1].Markup = string.Join(' ', reader._pieces[^1].Markup, reader._markup.ToString()).Trim();
        }
        else if (reader._markup.Length > 0)
        {
            reader._pieces.Add(new HtmlPiece(string.Empty, 0) { Markup = reader._markup.ToString(), Collapsible = CurrentCollapsible(openCollapsibles) });
        }

        return reader._pieces;
    }

    /// <summary>The tags ("&lt;b&gt;", "&lt;/details&gt;"), comments and character references of <paramref name="html"/>, in order.</summary>
    private static IEnumerable<string> MarkupTokens(string html)
    {
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?'))
            {
                var comment = html.AsSpan(i).StartsWith("<!--");
                var end = comment ? html.IndexOf("-->", i, StringComparison.Ordinal) : html.IndexOf('>', i);
                end = end < 0 ? html.Length - 1 : end + (comment ? 2 : 0);
                yield return html[i..(end + 1)];
                i = end;
            }
            else if (html[i] == '&')
            {
                var semicolon = html.IndexOf(';', i);
                if (semicolon > i + 1 && semicolon - i <= 10 && !html.AsSpan(i + 1, semicolon - i - 1).ContainsAnyExcept(EntityNameCharacters))
                {
                    yield return html[i..(semicolon + 1)];
                    i = semicolon;
                }
            }
        }
    }

    private static int CountTags(string html, string tag)
    {
        var count = 0;
        for (var at = html.IndexOf(tag, StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf(tag, at + tag.Length, StringComparison.OrdinalIgnoreCase))
        {
            var next = at + tag.Length;
            if (next >= html.Length || !char.IsAsciiLetterOrDigit(html[next]))
            {
                count++;
            }
        }

        return count;
    }

    private static int CurrentCollapsible(Stack<int> open) => open.Count > 0 ? open.Peek() : 0;

    private void Walk(INode node, int depth, int maxNesting, List<int> opened)
    {
        if (depth > maxNesting)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendText(text.Data);
                    break;
                case IComment:
                    break;
                case IElement element:
                    VisitElement(element, depth, maxNesting, opened);
                    break;
            }
        }
    }

    private void VisitElement(IElement element, int depth, int maxNesting, List<int> opened)
    {
        var name = element.LocalName;
        if (RawElements.Contains(name))
        {
            // A script's or style's content is not text of the page; it is kept with the markup.
            AddMarkup(element.TextContent);
            return;
        }

        var isBlock = BlockElements.Contains(name);
        if (name == "br")
        {
            _text.Append('\n');
            return;
        }

        if (isBlock)
        {
            Flush();
            _pieceLine = Math.Max(0, (element.SourceReference?.Position.Line ?? 1) - 1);
        }

        var saved = (_headingLevel, _isSummary, _isListItem, _listMarker, _inQuote);
        switch (name)
        {
            case "details":
                _collapsibleCount++;
                _openCollapsibles.Push(_collapsibleCount);
                opened.Add(_collapsibleCount);
                break;
            case "summary":
                _isSummary = true;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingLevel = name[1] - '0';
                break;
            case "li":
                _isListItem = true;
                _listMarker = element.ParentElement?.LocalName == "ol" ? (element.Index() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : "-";
                break;
            case "blockquote":
                _inQuote = true;
                break;
            case "tr":
                _cells = [];
                _headerRow = element.Children.Any(c => c.LocalName == "th");
                break;
            case "td" or "th" when _cells is not null:
                break;
            case "b" or "strong":
                _strongDepth++;
                break;
        }

        if (name is "td" or "th" && _cells is not null)
        {
            var cellStart = _text.Length;
            Walk(element, depth + 1, maxNesting, opened);
            _cells.Add(_text.ToString(cellStart, _text.Length - cellStart).Trim());
            _text.Append(" | ");
        }
        else
        {
            Walk(element, depth + 1, maxNesting, opened);
        }

        if (name is "b" or "strong")
        {
            _strongDepth--;
        }

        if (isBlock)
        {
            Flush();
        }

        if (name == "tr")
        {
            _cells = null;
            _headerRow = false;
        }

        if (name == "details" && _openCollapsibles.Count > 0)
        {
            _openCollapsibles.Pop();
        }

        (_headingLevel, _isSummary, _isListItem, _listMarker, _inQuote) = saved;
    }

    private void AppendText(string data)
    {
        if (data.Length == 0)
        {
            return;
        }

        // HTML collapses white space; line breaks in the source are not breaks on the page.
        var collapsed = CollapseWhiteSpace(data);
        if (_text.Length > 0 && _text[^1] is ' ' or '\n' && collapsed.StartsWith(' '))
        {
            collapsed = collapsed[1..];
        }

        _text.Append(collapsed);
        if (collapsed.Any(char.IsLetterOrDigit))
        {
            if (_strongDepth > 0)
            {
                _sawStrong = true;
            }
            else
            {
                _sawPlain = true;
            }
        }
    }

    private static string CollapseWhiteSpace(string data)
    {
        var builder = new StringBuilder(data.Length);
        var space = false;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        if (space)
        {
            builder.Append(' ');
        }

        return builder.ToString();
    }

    private void Flush()
    {
        var text = _text.ToString();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        var joined = string.Join('\n', lines).Trim('\n', ' ');
        if (_cells is not null)
        {
            joined = joined.TrimEnd(' ', '|');
        }

        if (joined.Length > 0)
        {
            if (_isListItem && _cells is null)
            {
                joined = _listMarker + " " + joined;
            }

            _pieces.Add(new HtmlPiece(joined, _pieceLine)
            {
                HeadingLevel = _headingLevel,
                // "Click to expand" names the toggle, not the question or story behind it.
                IsSummary = _isSummary && !PageChrome.IsDisclosureLabel(joined),
                IsListItem = _isListItem && _cells is null,
                IsQuote = _inQuote,
                IsStrong = _sawStrong && !_sawPlain,
                Cells = _cells is { Count: > 0 } ? [.. _cells] : null,
                IsHeaderRow = _headerRow,
                Collapsible = CurrentCollapsible(_openCollapsibles),
                Markup = _markup.Length > 0 ? _markup.ToString() : null,
            });
            _markup.Clear();
        }

        _text.Clear();
        _sawPlain = false;
        _sawStrong = false;
    }

    private void AddMarkup(string markup)
    {
        if (_markup.Length > 0)
        {
            _markup.Append(' ');
        }

        _markup.Append(markup);
    }
}

/// <summary>One block of text read out of HTML, with the line it starts on (0-based, within the fragment).</summary>
internal sealed class HtmlPiece(string text, int line)
{
    public string Text { get; } = text;

    public int Line { get; } = line;

    public int HeadingLevel { get; init; }

    public bool IsSummary { get; init; }

    public bool IsListItem { get; init; }

    public bool IsQuote { get; init; }

    public bool IsStrong { get; init; }

    public IReadOnlyList<string>? Cells { get; init; }

    public bool IsHeaderRow { get; init; }

    public int Collapsible { get; set; }

    public string? Markup { get; set; }
}
