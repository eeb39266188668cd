using StarCoach.Core.Text;

namespace StarCoach.Core.Competencies;

/// <summary>
/// How alike stories are, lexically: TF-IDF cosine over word stems says two answers tell the same project
/// (rare words such as product names and figures dominate), and the overlap of three-word shingles says two
/// answers are nearly the same text.
/// </summary>
internal sealed class StorySimilarity
{
    private readonly Dictionary<string, double>[] _vectors;
    private readonly HashSet<string>[] _shingles;

    public StorySimilarity(IReadOnlyList<string> texts)
    {
        var stems = texts.Select(t => TextTerms.ContentStems(t).ToList()).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in stems.SelectMany(s => s.Distinct(StringComparer.Ordinal)))
        {
            documentFrequency[stem] = documentFrequency.GetValueOrDefault(stem) + 1;
        }

        _vectors = [.. stems.Select(s => Vector(s, documentFrequency, texts.Count))];
        _shingles = [.. texts.Select(Shingles)];
    }

    /// <summary>TF-IDF cosine of stories <paramref name="a"/> and <paramref name="b"/> (0–1).</summary>
    public double Topic(int a, int b)
    {
        var (small, large) = _vectors[a].Count <= _vectors[b].Count ? (_vectors[a], _vectors[b]) : (_vectors[b], _vectors[a]);
        var dot = 0.0;
        foreach (var (stem, weight) in small)
        {
            if (large.TryGetValue(stem, out var other))
            {
                dot += weight * other;
            }
        }

        return dot;
    }

    /// <summary>Jaccard overlap of the three-word shingles of stories <paramref name="a"/> and <paramref name="b"/> (0–1).</summary>
    public double Text(int a, int b)
    {
        var union = _shingles[a].Count + _shingles[b].Count;
        if (union == 0)
        {
            return 0;
        }

        var shared = _shingles[a].Count(_shingles[b].Contains);
        return (double)shared / (union - shared);
    }

    private static Dictionary<string, double> Vector(List<string> stems, Dictionary<string, int> documentFrequency, int documents)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var group in stems.GroupBy(s => s, StringComparer.Ordinal))
        {
            var idf = Math.Log((1.0 + documents) / (1.0 + documentFrequency[group.Key])) + 1;
            vector[group.Key] = (1 + Math.Log(group.Count())) * idf;
        }

        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        foreach (var key in vector.Keys.ToList())
        {
            vector[key] /= norm == 0 ? 1 : norm;
        }

        return vector;
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = WordTokenizer.Words(text).Select(w => w.ToLowerInvariant()).ToList();
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            shingles.Add(string.Join(' ', words[i], words[i + 1], words[i + 2]));
        }

        return shingles;
    }
}
