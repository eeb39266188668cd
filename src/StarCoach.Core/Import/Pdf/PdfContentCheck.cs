using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// Weighs every page of a PDF before PdfPig draws any: the page tree is walked, each page's content streams
/// (and the forms they draw, as many times as they draw them) are measured by <see cref="ContentStreamMeter"/>,
/// and a page or a document past a limit is refused. PdfPig builds an object for every token of a page (about
/// ninety bytes each) and for every glyph (about 360 bytes), so these limits are what keep a small file that
/// draws millions of glyphs from taking gigabytes; decoding is paid from the same <see cref="PdfDecodeBudget"/>.
/// </summary>
internal sealed class PdfContentCheck(PdfDocument document, PdfDecodeBudget budget)
{
    /// <summary>Most tokens one page may have; a page of text has a few thousand, a page with a detailed chart tens of thousands.</summary>
    public const long MaxTokensPerPage = 1_000_000;

    /// <summary>Most tokens all pages may have together.</summary>
    public const long MaxTokens = 10_000_000;

    /// <summary>Most glyphs one page may show; a dense page of text has about five thousand.</summary>
    public const long MaxGlyphsPerPage = 200_000;

    /// <summary>Most glyphs all pages may show together; 300 dense pages show about 1.5 million.</summary>
    public const long MaxGlyphs = 3_000_000;

    /// <summary>
    /// Most words one page may have that are neither a number nor an operator. A real page has none; PdfPig searches
    /// the page so far at each one, so thousands (text from another part, spliced into the page) take it minutes.
    /// </summary>
    public const long MaxUnknownWordsPerPage = 1_000;

    /// <summary>
    /// Most codes one font's character map may cover with ranges: every code two bytes can name. PdfPig maps each
    /// code of a range one by one, so a damaged range over billions of codes would run for minutes and take gigabytes.
    /// </summary>
    public const long MaxCodesPerMap = 65_536;

    /// <summary>Most codes the character maps of all fonts may cover together; a long document's fonts cover a few thousand.</summary>
    public const long MaxMappedCodes = 1_000_000;

    /// <summary>Deepest nesting of the page tree, and of forms drawn inside forms.</summary>
    public const int MaxNesting = 16;

    private readonly IPdfTokenScanner _scanner = document.Structure.TokenScanner;
    private readonly Dictionary<IndirectReference, ContentCost> _forms = [];
    private readonly HashSet<IndirectReference> _drawing = [];
    private readonly HashSet<IndirectReference> _maps = [];
    private long _mappedCodes;

    /// <summary>Where a content stream looks up the XObjects it draws: its own resources, then those it is drawn within.</summary>
    private sealed record Scope(DictionaryToken? Resources, Scope? Outer);

    /// <summary>Throws <see cref="PdfLimitException"/> when a page or the whole document is past a limit.</summary>
    public void Check()
    {
        if (!TryResolve(document.Structure.Catalog.CatalogDictionary, NameToken.Pages, out DictionaryToken? root))
        {
            return;
        }

        var total = new ContentCost(0, 0);
        var page = 0;
        var seen = new HashSet<IndirectReference>();
        var pending = new Stack<(DictionaryToken Node, DictionaryToken? Resources, int Depth)>();
        pending.Push((root, null, 0));
        while (pending.Count > 0)
        {
            var (node, inherited, depth) = pending.Pop();
            var resources = TryResolve(node, NameToken.Resources, out DictionaryToken? own) ? own : inherited;
            ArrayToken? kids = null;
            var hasKids = node.TryGet(NameToken.Kids, out var kidsToken) && TryResolve(kidsToken, out kids);
            if (kids is not null)
            {
                if (depth >= MaxNesting)
                {
                    throw budget.Refuse($"nests its page tree more than {MaxNesting} levels deep, which no real document does");
                }

                for (var i = kids.Data.Count - 1; i >= 0; i--)
                {
                    if ((kids.Data[i] is not IndirectReferenceToken reference || seen.Add(reference.Data)) && TryResolve(kids.Data[i], out DictionaryToken? kid))
                    {
                        pending.Push((kid, resources, depth + 1));
                    }
                }
            }

            // A node that says it is a page is weighed as one even if it also has kids, as PdfPig would draw it.
            var isPage = node.TryGet(NameToken.Type, out var type) ? type is NameToken { Data: "Page" } : !hasKids;
            if (!isPage)
            {
                continue;
            }

            if (++page > PdfBlockReader.MaxPages)
            {
                throw budget.Refuse($"has more than {PdfBlockReader.MaxPages} pages, over the page limit");
            }

            WeighFonts(resources);
            var cost = PageCost(node, new Scope(resources, null));
            if (cost.Unknown > MaxUnknownWordsPerPage)
            {
                throw budget.Refuse($"page {page} holds more than {MaxUnknownWordsPerPage:N0} words that are not drawing instructions, which no real document does (is it damaged?)");
            }

            if (cost.Tokens > MaxTokensPerPage || cost.Glyphs > MaxGlyphsPerPage)
            {
                throw budget.Refuse($"page {page} draws {Amount(cost, MaxTokensPerPage, MaxGlyphsPerPage)}, far beyond a page of a prep document");
            }

            total += cost;
            if (total.Tokens > MaxTokens || total.Glyphs > MaxGlyphs)
            {
                throw budget.Refuse($"draws {Amount(total, MaxTokens, MaxGlyphs)} in all, far beyond a prep document");
            }
        }
    }

    private static string Amount(ContentCost cost, long maxTokens, long maxGlyphs) =>
        cost.Glyphs > maxGlyphs ? $"more than {maxGlyphs:N0} characters" : $"more than {maxTokens:N0} drawing instructions";

    private ContentCost PageCost(DictionaryToken page, Scope scope)
    {
        if (!page.TryGet(NameToken.Contents, out var contents))
        {
            return default;
        }

        var cost = new ContentCost(0, 0);
        IEnumerable<IToken> streams = TryResolve(contents, out ArrayToken? array) ? array.Data : [contents];
        foreach (var token in streams)
        {
            if (TryResolve(token, out StreamToken? stream))
            {
                cost += StreamCost(stream, scope, 0);
            }
        }

        return cost;
    }

    private ContentCost StreamCost(StreamToken stream, Scope scope, int depth)
    {
        var drawn = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!TryDecode(stream, out var content))
        {
            return default;
        }

        var cost = ContentStreamMeter.Measure(content.Span, name => drawn[name] = drawn.GetValueOrDefault(name) + 1);
        foreach (var (name, times) in drawn)
        {
            if (FindXObject(scope, name) is { } form)
            {
                cost += FormCost(form.Reference, form.Stream, scope, depth + 1).Times(times);
            }
        }

        return cost;
    }

    private ContentCost FormCost(IndirectReference reference, StreamToken form, Scope outer, int depth)
    {
        if (_forms.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (!_drawing.Add(reference))
        {
            return default; // a form that draws itself: PdfPig stops there, and so does this count
        }

        if (depth > MaxNesting)
        {
            throw budget.Refuse($"draws forms within forms more than {MaxNesting} levels deep, which no real document does");
        }

        var scope = TryResolve(form.StreamDictionary, NameToken.Resources, out DictionaryToken? resources) ? new Scope(resources, outer) : outer;
        WeighFonts(resources);
        var cost = StreamCost(form, scope, depth);
        _drawing.Remove(reference);
        _forms[reference] = cost;
        return cost;
    }

    /// <summary>Weighs the character maps of the fonts in <paramref name="resources"/>, each map once.</summary>
    private void WeighFonts(DictionaryToken? resources)
    {
        if (resources is null || !TryResolve(resources, NameToken.Font, out DictionaryToken? fonts))
        {
            return;
        }

        foreach (var token in fonts.Data.Values)
        {
            if (TryResolve(token, out DictionaryToken? font))
            {
                WeighMap(font, NameToken.ToUnicode);
                WeighMap(font, NameToken.Encoding); // a Type0 font may embed its CMap here
            }
        }
    }

    private void WeighMap(DictionaryToken font, NameToken key)
    {
        if (!font.TryGet(key, out var token) || (token is IndirectReferenceToken reference && !_maps.Add(reference.Data))
            || !TryResolve(token, out StreamToken? map) || !TryDecode(map, out var content))
        {
            return;
        }

        var codes = CharacterMapMeter.RangeCodes(content);
        if (codes > MaxCodesPerMap)
        {
            throw budget.Refuse($"has a font whose character map covers more than {MaxCodesPerMap:N0} codes, more than a font can have (is it damaged?)");
        }

        _mappedCodes += codes;
        if (_mappedCodes > MaxMappedCodes)
        {
            throw budget.Refuse($"has fonts whose character maps cover more than {MaxMappedCodes:N0} codes in all, far beyond a prep document");
        }
    }

    /// <summary>The form XObject <paramref name="name"/> names, looked up as PdfPig does, innermost resources first.</summary>
    private (IndirectReference Reference, StreamToken Stream)? FindXObject(Scope? scope, string name)
    {
        for (; scope is not null; scope = scope.Outer)
        {
            if (scope.Resources is { } resources && TryResolve(resources, NameToken.Xobject, out DictionaryToken? xobjects)
                && xobjects.TryGet(NameToken.Create(name), out var token) && token is IndirectReferenceToken reference)
            {
                return TryResolve(token, out StreamToken? stream) && stream.StreamDictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken { Data: "Form" }
                    ? (reference.Data, stream)
                    : null;
            }
        }

        return null;
    }

    private bool TryDecode(StreamToken stream, out Memory<byte> content)
    {
        // A stream PdfPig cannot decode (an unknown filter, damaged data) it does not draw either.
        try
        {
            content = stream.Decode(budget, _scanner);
            return true;
        }
        catch (Exception e) when (e is not (PdfLimitException or OutOfMemoryException))
        {
            content = Memory<byte>.Empty;
            return false;
        }
    }

    private bool TryResolve<T>(DictionaryToken dictionary, NameToken key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class, IToken
    {
        value = null;
        return dictionary.TryGet(key, out var token) && TryResolve(token, out value);
    }

    private bool TryResolve<T>(IToken token, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class, IToken
    {
        // What cannot be resolved here cannot be drawn by PdfPig either: it fails on the same broken object.
        try
        {
            return DirectObjectFinder.TryGet(token, _scanner, out value);
        }
        catch (Exception e) when (e is not (PdfLimitException or OutOfMemoryException))
        {
            value = null;
            return false;
        }
    }
}
