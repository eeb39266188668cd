namespace StarCoach.Core.Matching;

/// <summary>
/// BM25F over word stems with an inverted index: each document has weighted fields (an answer's own text and
/// the question it answers); a term's saturated, length-normalised weight per document is computed once at
/// build time, so a query only walks the postings of its own terms.
/// </summary>
internal sealed class LexicalIndex
{
    private const float K1 = 1.2f;

    private readonly Dictionary<string, Posting[]> _postings;

    private LexicalIndex(Dictionary<string, Posting[]> postings, int documents)
    {
        _postings = postings;
        Documents = documents;
    }

    /// <summary>A field of a document: its stems, how much a match in it counts, and its length normalisation (BM25's b).</summary>
    public readonly record struct Field(IReadOnlyList<string> Stems, float Weight, float B);

    public readonly record struct Posting(int Document, float Weight);

    public int Documents { get; }

    /// <summary>Inverse document frequency of <paramref name="stem"/> (0 when no document has it).</summary>
    public float Idf(string stem) =>
        _postings.TryGetValue(stem, out var list) ? Idf(list.Length, Documents) : 0;

    public static LexicalIndex Build(IReadOnlyList<Field[]> documents)
    {
        var fieldCount = documents.Count == 0 ? 0 : documents.Max(d => d.Length);
        var averages = new float[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var lengths = documents.Where(d => f < d.Length).Select(d => d[f].Stems.Count).ToList();
            averages[f] = lengths.Count == 0 ? 1 : Math.Max(1, (float)lengths.Average());
        }

        var weighted = new Dictionary<string, List<(int Document, float Tf)>>(StringComparer.Ordinal);
        var perDocument = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
        {
            perDocument.Clear();
            for (var f = 0; f < documents[d].Length; f++)
            {
                var field = documents[d][f];
                var norm = 1 - field.B + (field.B * field.Stems.Count / averages[f]);
                foreach (var stem in field.Stems)
                {
                    perDocument[stem] = perDocument.GetValueOrDefault(stem) + (field.Weight / norm);
                }
            }

            foreach (var (stem, tf) in perDocument)
            {
                if (!weighted.TryGetValue(stem, out var list))
                {
                    weighted[stem] = list = [];
                }

                list.Add((d, tf));
            }
        }

        var postings = new Dictionary<string, Posting[]>(weighted.Count, StringComparer.Ordinal);
        foreach (var (stem, list) in weighted)
        {
            var idf = Idf(list.Count, documents.Count);
            postings[stem] = [.. list.Select(p => new Posting(p.Document, idf * p.Tf * (K1 + 1) / (p.Tf + K1)))];
        }

        return new LexicalIndex(postings, documents.Count);
    }

    /// <summary>Adds each document's BM25F score for the distinct <paramref name="stems"/> to <paramref name="scores"/>.</summary>
    public void Score(IEnumerable<string> stems, float[] scores)
    {
        foreach (var stem in stems.Distinct(StringComparer.Ordinal))
        {
            if (!_postings.TryGetValue(stem, out var list))
            {
                continue;
            }

            foreach (var posting in list)
            {
                scores[posting.Document] += posting.Weight;
            }
        }
    }

    public bool Contains(string stem, int document) =>
        _postings.TryGetValue(stem, out var list) && Array.BinarySearch(list, new Posting(document, 0), PostingOrder.Instance) >= 0;

    private static float Idf(int documentFrequency, int documents) =>
        MathF.Log(1 + ((documents - documentFrequency + 0.5f) / (documentFrequency + 0.5f)));

    private sealed class PostingOrder : IComparer<Posting>
    {
        public static PostingOrder Instance { get; } = new();

        public int Compare(Posting x, Posting y) => x.Document.CompareTo(y.Document);
    }
}
