using System.Collections.Concurrent;

namespace StarCoach.Core.Matching;

/// <summary>
/// Vectors kept in memory for the life of the process, safe to share between threads: what a long-running host
/// (the web app, one CLI session) needs so a text it has embedded once is not embedded again. Holds at most
/// <see cref="MaxEntries"/> vectors; when full it starts over, which only costs re-embedding.
/// </summary>
public sealed class MemoryEmbeddingCache : IEmbeddingCache
{
    /// <summary>Most vectors held (about 1.5 KB each at 384 dimensions).</summary>
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    /// <summary>Number of vectors held.</summary>
    public int Count => _vectors.Count;

    /// <inheritdoc/>
    public bool TryGet(string key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    /// <inheritdoc/>
    public void Set(string key, float[] vector)
    {
        if (_vectors.Count >= MaxEntries)
        {
            _vectors.Clear();
        }

        _vectors[key] = vector;
    }
}
