using StarCoach.Core.Matching;
using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Matching;

/// <summary>
/// A fast stand-in for the model: a bag of word stems hashed into 384 dimensions and normalised, so texts that
/// share words are similar. Counts what it is asked to embed.
/// </summary>
internal sealed class HashingEmbedder : IEmbedder
{
    public string ModelId => "test-hashing";

    public int Dimensions => 384;

    public int Embedded { get; private set; }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        Embedded += texts.Count;
        return [.. texts.Select(Vector)];
    }

    public float[] Vector(string text)
    {
        var vector = new float[Dimensions];
        foreach (var stem in TextTerms.ContentStems(text))
        {
            vector[(int)(StableHash(stem) % (uint)Dimensions)] += 1;
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return norm == 0 ? vector : [.. vector.Select(v => v / norm)];
    }

    private static uint StableHash(string text)
    {
        var hash = 2166136261;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}

/// <summary>An in-memory cache.</summary>
internal sealed class MemoryCache : IEmbeddingCache
{
    private readonly Dictionary<string, float[]> _vectors = [];

    public bool TryGet(string key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    public void Set(string key, float[] vector) => _vectors[key] = vector;
}
