using System.Numerics.Tensors;
using StarCoach.Core.Matching;

namespace StarCoach.Core.Practice.Recall;

/// <summary>
/// Compares what was said with the prepared story by meaning, with a sentence-embedding model: the MiniLM model the
/// match feature uses in the CLI and the web app. Vectors are cached by model and text, so a prepared story is
/// embedded once and an attempt only embeds what the candidate said. Thread-safe when the cache is.
/// </summary>
/// <param name="embedder">The model.</param>
/// <param name="cache">Where vectors are kept between attempts.</param>
public sealed class SentenceMeaning(IEmbedder embedder, IEmbeddingCache cache)
{
    /// <summary>
    /// Cosine similarity from which a retold sentence tells the same point as a prepared one. Chosen on the recall
    /// pairs (<c>tests/…/Fixtures/recall/pairs.json</c>; <c>docs/practice.md</c>, "Recall"): faithful paraphrases
    /// of MiniLM score above it, sentences of another story or another step of the same story below.
    /// </summary>
    public const double ToldSimilarity = 0.65;

    /// <summary>The shipped MiniLM model with an in-memory cache: what the CLI and the web app use.</summary>
    public static SentenceMeaning MiniLm() => new(MiniLmEmbedder.Shared, new MemoryEmbeddingCache());

    private static readonly Lazy<SentenceMeaning> SharedInstance = new(MiniLm);

    /// <summary>One <see cref="MiniLm"/> per process, for code that has no other (a competency tagger made on the spot).</summary>
    public static SentenceMeaning Shared => SharedInstance.Value;

    /// <summary>Identifies the model, as in every cache key.</summary>
    public string ModelId => embedder.ModelId;

    /// <summary>
    /// One vector per text, as the match feature gets them (<see cref="StoryIndex.Embed"/>): shipped, cached, or
    /// embedded now in batches and cached.
    /// </summary>
    internal float[][] Vectors(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Vectors(texts, progress: null, cancellationToken);

    /// <summary><see cref="Vectors(IReadOnlyList{string}, CancellationToken)"/>, reporting how many of the missing texts are embedded.</summary>
    internal float[][] Vectors(IReadOnlyList<string> texts, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        var byText = StoryIndex.Embed(texts, embedder, cache, progress, cancellationToken);
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = byText[texts[i]];
        }

        return vectors;
    }

    /// <summary>How many of <paramref name="texts"/> have no vector yet: what the next call embeds.</summary>
    internal int CountMissing(IEnumerable<string> texts) =>
        texts.Distinct(StringComparer.Ordinal).Count(t => !StoryIndex.Known(EmbeddingCacheKey.For(embedder.ModelId, t), cache, out _));

    /// <summary>The cosine of two unit vectors.</summary>
    internal static double Similarity(float[] a, float[] b) => TensorPrimitives.Dot(a, b);

    /// <summary>The mean of two unit vectors, made unit again: the meaning of two sentences told as one point.</summary>
    internal static float[] Joined(float[] a, float[] b)
    {
        var sum = new float[a.Length];
        TensorPrimitives.Add(a, b, sum);
        var norm = TensorPrimitives.Norm(sum);
        if (norm > 0)
        {
            TensorPrimitives.Divide(sum, norm, sum);
        }

        return sum;
    }
}
