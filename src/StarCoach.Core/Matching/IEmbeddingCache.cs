using System.Security.Cryptography;
using System.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Where vectors are kept between runs, keyed by a hash of the model and the exact text, so only new or changed
/// texts are embedded again. The CLI uses <see cref="FileEmbeddingCache"/>; the web app can keep them in its
/// database.
/// </summary>
public interface IEmbeddingCache
{
    /// <summary>The cached vector for <paramref name="key"/>, if any.</summary>
    bool TryGet(string key, out float[] vector);

    /// <summary>Stores <paramref name="vector"/> under <paramref name="key"/>.</summary>
    void Set(string key, float[] vector);
}

/// <summary>Cache keys and a cache that keeps nothing.</summary>
public static class EmbeddingCacheKey
{
    /// <summary>The key of <paramref name="text"/> embedded by <paramref name="modelId"/>: 32 hex digits of SHA-256.</summary>
    public static string For(string modelId, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(modelId + "\n" + text);
        return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16));
    }
}

/// <summary>A cache that keeps nothing; every text is embedded every time.</summary>
public sealed class NoEmbeddingCache : IEmbeddingCache
{
    /// <summary>The instance.</summary>
    public static NoEmbeddingCache Instance { get; } = new();

    /// <inheritdoc/>
    public bool TryGet(string key, out float[] vector)
    {
        vector = [];
        return false;
    }

    /// <inheritdoc/>
    public void Set(string key, float[] vector)
    {
    }
}
