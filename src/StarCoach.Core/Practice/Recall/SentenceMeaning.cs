using System.Numerics;
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
    /// One vector per text, as the match feature gets them (<see cref="StoryVectors.Embed"/>): shipped, cached, or
    /// embedded now in batches and cached.
    /// </summary>
    internal float[][] Vectors(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Vectors(texts, progress: null, cancellationToken);

    /// <summary><see cref="Vectors(IReadOnlyList{string}, CancellationToken)"/>, reporting how many of the missing texts are embedded.</summary>
    internal float[][] Vectors(IReadOnlyList<string> texts, IProgress<EmbeddingProgress>? progress, CancellationToken cancellationToken)
    {
        var byText = StoryVectors.Embed(texts, embedder, cache, progress, cancellationToken);
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = byText[texts[i]];
        }

        return vectors;
    }

    /// <summary>How many of <paramref name="texts"/> have no vector yet: what the next call embeds.</summary>
    internal int CountMissing(IEnumerable<string> texts) =>
        texts.Distinct(StringComparer.Ordinal).Count(t => !StoryVectors.Known(EmbeddingCacheKey.For(embedder.ModelId, t), cache, out _));

    /// <summary>The cosine of two unit vectors.</summary>
    internal static double Similarity(float[] a, float[] b) => TensorPrimitives.Dot(a, b);

    /// <summary>
    /// The cosines of <paramref name="a"/> with each of <paramref name="others"/> (unit vectors of one length), into
    /// <paramref name="cosines"/>. Four at a time, so each part of <paramref name="a"/> is loaded once for four
    /// products: with thousands of products per story, loads are what costs, and <see cref="TensorPrimitives"/> has
    /// no batched dot product.
    /// </summary>
    internal static void Similarities(float[] a, float[][] others, Span<float> cosines)
    {
        var width = Vector<float>.Count;
        var whole = a.Length - (a.Length % width);
        var i = 0;
        for (; i + 4 <= others.Length; i += 4)
        {
            float[] b0 = others[i], b1 = others[i + 1], b2 = others[i + 2], b3 = others[i + 3];
            Vector<float> s0 = Vector<float>.Zero, s1 = Vector<float>.Zero, s2 = Vector<float>.Zero, s3 = Vector<float>.Zero;
            for (var k = 0; k < whole; k += width)
            {
                var x = new Vector<float>(a, k);
                s0 += x * new Vector<float>(b0, k);
                s1 += x * new Vector<float>(b1, k);
                s2 += x * new Vector<float>(b2, k);
                s3 += x * new Vector<float>(b3, k);
            }

            float d0 = Vector.Sum(s0), d1 = Vector.Sum(s1), d2 = Vector.Sum(s2), d3 = Vector.Sum(s3);
            for (var k = whole; k < a.Length; k++)
            {
                d0 += a[k] * b0[k];
                d1 += a[k] * b1[k];
                d2 += a[k] * b2[k];
                d3 += a[k] * b3[k];
            }

            cosines[i] = d0;
            cosines[i + 1] = d1;
            cosines[i + 2] = d2;
            cosines[i + 3] = d3;
        }

        for (; i < others.Length; i++)
        {
            cosines[i] = TensorPrimitives.Dot(a, others[i]);
        }
    }

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
