using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Parser.Parts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// The filters PdfPig decodes a document's streams with, on a budget: every stream is measured before it is
/// unpacked (<see cref="DecodedLength"/>), and one that would take the document past <see cref="MaxDecodedBytes"/>
/// is refused before any memory is spent on it. PdfPig has no such limit of its own, so a 178 KB file could unpack
/// to gigabytes. The first limit a document breaks is kept in <see cref="Broken"/>, because PdfPig's lenient
/// parsing may swallow the exception that refuses the stream.
/// </summary>
internal sealed class PdfDecodeBudget : ILookupFilterProvider
{
    /// <summary>
    /// Most bytes all the streams of one document may unpack to, every decoding counted (64 MB). A 36-page manual
    /// unpacks to half a megabyte, so a 300-page prep document stays far below it; PdfPig holds about forty bytes
    /// per byte of a content stream it parses, which <see cref="PdfContentCheck"/> bounds on its own.
    /// </summary>
    public const long MaxDecodedBytes = 64L * 1024 * 1024;

    /// <summary>Most objects a document may have (200,000); a long document with its fonts has a few thousand.</summary>
    public const int MaxObjects = 200_000;

    /// <summary>What a refused document should do instead, after the reason.</summary>
    public const string Advice = "it was not read. Print it to a new PDF, or copy the text into a .txt file, and import that.";

    private readonly IFilterProvider _filters = DefaultFilterProvider.Instance;
    private long _decoded;

    /// <summary>Why the document was refused (without the file name), or null while it keeps within its limits.</summary>
    public string? Broken { get; private set; }

    /// <summary>Records that the document broke a limit, and stops PdfPig where it is.</summary>
    public PdfLimitException Refuse(string reason)
    {
        Broken ??= $"{reason}; {Advice}";
        return new PdfLimitException(Broken);
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Budgeted(_filters.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary, IPdfTokenScanner scanner)
    {
        // The filter may be named by a reference to a name or an array of names.
        if (dictionary.TryGet(NameToken.Filter, out var filter) && filter is IndirectReferenceToken reference)
        {
            dictionary = dictionary.With(NameToken.Filter, DirectObjectFinder.Get<IToken>(reference, scanner)!);
        }

        return GetFilters(dictionary);
    }

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) =>
        Budgeted(_filters.GetNamedFilters(names), names);

    public IReadOnlyList<IFilter> GetAllFilters() => Budgeted(_filters.GetAllFilters());

    private IFilter[] Budgeted(IReadOnlyList<IFilter> filters, IReadOnlyList<NameToken>? names = null) =>
        [.. filters.Select((filter, i) => new BudgetedFilter(this, filter, names?[i].Data))];

    private void Spend(long bytes)
    {
        _decoded += bytes;
        if (_decoded > MaxDecodedBytes)
        {
            throw Refuse(UnpacksTooMuch);
        }
    }

    private static string UnpacksTooMuch => $"unpacks to more than {MaxDecodedBytes / (1024 * 1024)} MB (a decompression bomb?), far beyond a prep document";

    /// <summary>One of PdfPig's filters, run only on what the budget has room for.</summary>
    private sealed class BudgetedFilter(PdfDecodeBudget budget, IFilter inner, string? name) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (budget.Broken is { } broken)
            {
                throw new PdfLimitException(broken);
            }

            if (streamDictionary.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "XRef" }
                && streamDictionary.TryGet(NameToken.Size, out var objects) && objects is NumericToken { Long: var size } && size > MaxObjects)
            {
                throw budget.Refuse($"has {size:N0} objects inside, over the {MaxObjects:N0} limit for a prep document");
            }

            var filter = name ?? NameOf(streamDictionary, filterIndex);
            var room = MaxDecodedBytes - budget._decoded;
            if (filter is not null && DecodedLength.Measure(filter, input, room) > room)
            {
                throw budget.Refuse(UnpacksTooMuch);
            }

            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(decoded.Length);
            return decoded;
        }

        /// <summary>The name of the filter at <paramref name="index"/> in the stream's /Filter (a name or an array of names).</summary>
        private static string? NameOf(DictionaryToken dictionary, int index) =>
            dictionary.TryGet(NameToken.Filter, out var token) || dictionary.TryGet(NameToken.F, out token)
                ? token switch
                {
                    NameToken single when index == 0 => single.Data,
                    ArrayToken array when index < array.Data.Count && array.Data[index] is NameToken named => named.Data,
                    _ => null,
                }
                : null;
    }
}

/// <summary>A PDF broke one of the reading limits; its message says which, in words.</summary>
internal sealed class PdfLimitException(string message) : Exception(message);
