using System.Collections.Immutable;
using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Matching;

/// <summary>A kind of behavioral question ("a failure and what you learned") and the ways interviewers word it.</summary>
public sealed record QuestionIntent(string Id, string Name, ImmutableArray<string> Phrasings);

/// <summary>
/// The built-in catalogue of behavioral question intents (<c>Matching/Intents/question-intents.json</c>), written
/// independently of any candidate's document: about sixty kinds of question, each worded two dozen ways (Amazon,
/// Meta, Google and other styles, short and multi-part, with the synonyms interviewers use).
/// </summary>
public static class QuestionIntents
{
    private const string ResourceName = "StarCoach.Matching.question-intents.json";

    private static readonly Lazy<ImmutableArray<QuestionIntent>> Loaded = new(Load);

    /// <summary>Every intent, in catalogue order.</summary>
    public static ImmutableArray<QuestionIntent> All => Loaded.Value;

    private static ImmutableArray<QuestionIntent> Load()
    {
        using var stream = typeof(QuestionIntents).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded catalogue {ResourceName} is missing from the build.");
        var file = JsonSerializer.Deserialize(stream, IntentJsonContext.Default.IntentFile)
            ?? throw new InvalidOperationException($"Embedded catalogue {ResourceName} is empty.");
        return [.. file.Intents.Select(i => new QuestionIntent(i.Id, i.Name, [.. i.Phrasings]))];
    }

    internal sealed record IntentFile(List<IntentEntry> Intents);

    internal sealed record IntentEntry(string Id, string Name, List<string> Phrasings);
}

/// <summary>
/// The intents' phrasings as vectors, grouped by intent in one contiguous array, to say how much a question is
/// of each kind: per intent, the mean of its <c>k</c> nearest phrasings' cosines. It also holds the space's
/// <em>within-intent whitening</em> (within-class covariance normalisation): the phrasings of one intent differ in
/// wording ("Tell me about a time…" or "How do you…"), profession and style, not in what they ask, so the
/// directions in which they vary carry little meaning for matching. <see cref="Whiten(float[])"/> shrinks those directions:
/// W = (Sw + λ·mean eigenvalue·I)^−½, Sw the covariance of the phrasings around their intent's mean.
/// </summary>
internal sealed class IntentSpace
{
    private readonly VectorIndex _phrasings;
    private readonly int[] _firstRow;
    private readonly float[]? _whitening;

    private IntentSpace(ImmutableArray<QuestionIntent> intents, VectorIndex phrasings, int[] firstRow, float[]? whitening)
    {
        Intents = intents;
        _phrasings = phrasings;
        _firstRow = firstRow;
        _whitening = whitening;
    }

    public ImmutableArray<QuestionIntent> Intents { get; }

    /// <summary>Every phrasing of <paramref name="intents"/>, as the texts to embed (<paramref name="textOf"/> maps a phrasing to what is embedded).</summary>
    public static IEnumerable<string> Texts(ImmutableArray<QuestionIntent> intents, Func<string, string> textOf) =>
        intents.SelectMany(i => i.Phrasings).Select(textOf);

    /// <summary>
    /// The space of <paramref name="intents"/>, their phrasings' vectors by <paramref name="modelId"/> from
    /// <paramref name="vectorOf"/>; with <paramref name="whitening"/> (λ) above 0, the space is whitened (by the
    /// matrix shipped for this model, catalogue and λ, else one computed now, a few hundred ms) and keeps its
    /// phrasings whitened.
    /// </summary>
    public static IntentSpace Create(
        ImmutableArray<QuestionIntent> intents,
        string modelId,
        int dimensions,
        Func<string, string> textOf,
        Func<string, float[]> vectorOf,
        float whitening = 0)
    {
        var raw = intents.Select(i => i.Phrasings.Select(p => vectorOf(textOf(p))).ToList()).ToList();
        float[]? matrix = null;
        if (whitening > 0 && !ShippedVectors.TryGetWhitening(WhiteningKey(intents, modelId, textOf, whitening), dimensions, out matrix))
        {
            matrix = WithinIntentWhitening(raw, dimensions, whitening);
        }

        var phrasings = new VectorIndex(dimensions, raw.Sum(r => r.Count));
        var firstRow = new int[intents.Length + 1];
        for (var i = 0; i < intents.Length; i++)
        {
            firstRow[i] = phrasings.Count;
            foreach (var vector in raw[i])
            {
                phrasings.Add(matrix is null ? vector : Whiten(matrix, vector));
            }
        }

        firstRow[intents.Length] = phrasings.Count;
        return new IntentSpace(intents, phrasings, firstRow, matrix);
    }

    /// <summary><paramref name="vector"/> in this space: whitened and of unit length (itself when the space is not whitened).</summary>
    public float[] Whiten(float[] vector) => _whitening is null ? vector : Whiten(_whitening, vector);

    /// <summary><see cref="Whiten(float[])"/> into <paramref name="into"/>, without allocating.</summary>
    public void Whiten(ReadOnlySpan<float> vector, Span<float> into)
    {
        if (_whitening is null)
        {
            vector.CopyTo(into);
        }
        else
        {
            Whiten(_whitening, vector, into);
        }
    }

    /// <summary>Per intent, the mean cosine of <paramref name="vector"/> with the intent's <paramref name="k"/> nearest phrasings.</summary>
    public float[] Similarities(ReadOnlySpan<float> vector, int k)
    {
        var result = new float[Intents.Length];
        Span<float> best = stackalloc float[k];
        for (var i = 0; i < Intents.Length; i++)
        {
            var kept = 0;
            for (var row = _firstRow[i]; row < _firstRow[i + 1]; row++)
            {
                var value = TensorPrimitives.Dot(vector, _phrasings.Row(row));
                if (kept < k)
                {
                    best[kept++] = value;
                }
                else
                {
                    var min = TensorPrimitives.IndexOfMin(best);
                    if (value > best[min])
                    {
                        best[min] = value;
                    }
                }
            }

            result[i] = kept == 0 ? 0 : TensorPrimitives.Sum(best[..kept]) / kept;
        }

        return result;
    }

    private static float[] Whiten(float[] matrix, float[] vector)
    {
        var result = new float[vector.Length];
        Whiten(matrix, vector, result);
        return result;
    }

    private static void Whiten(float[] matrix, ReadOnlySpan<float> vector, Span<float> result)
    {
        var dimensions = vector.Length;
        for (var row = 0; row < dimensions; row++)
        {
            result[row] = TensorPrimitives.Dot(matrix.AsSpan(row * dimensions, dimensions), vector);
        }

        var norm = TensorPrimitives.Norm(result);
        if (norm > 0)
        {
            TensorPrimitives.Divide(result, norm, result);
        }
    }

    /// <summary>Names a whitening: the model, λ and every phrasing embedded (so an edited catalogue never uses a stale one).</summary>
    public static string WhiteningKey(ImmutableArray<QuestionIntent> intents, string modelId, Func<string, string> textOf, float whitening) =>
        EmbeddingCacheKey.For(
            modelId,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"within-intent whitening {whitening}\n") + string.Join('\n', Texts(intents, textOf)));

    /// <summary>(Sw + λ·mean eigenvalue·I)^−½ as a row-major matrix; Sw is the phrasings' covariance around their intent means.</summary>
    public static float[] WithinIntentWhitening(List<List<float[]>> byIntent, int dimensions, float lambda)
    {
        // Rows of X: each phrasing minus its intent's mean; Sw = XᵀX / n.
        var rows = byIntent.Where(v => v.Count > 1).Sum(v => v.Count);
        var centred = Matrix<double>.Build.Dense(rows, dimensions);
        var count = 0;
        var mean = new double[dimensions];
        foreach (var vectors in byIntent.Where(v => v.Count > 1))
        {
            Array.Clear(mean);
            foreach (var vector in vectors)
            {
                for (var d = 0; d < dimensions; d++)
                {
                    mean[d] += vector[d] / (double)vectors.Count;
                }
            }

            foreach (var vector in vectors)
            {
                for (var d = 0; d < dimensions; d++)
                {
                    centred[count, d] = vector[d] - mean[d];
                }

                count++;
            }
        }

        var scatter = centred.TransposeThisAndMultiply(centred);
        scatter.Divide(Math.Max(1, count), scatter);
        var evd = scatter.Evd(Symmetricity.Symmetric);
        var eigen = evd.EigenValues.Select(e => Math.Max(0, e.Real)).ToArray();
        var floor = lambda * eigen.Average();
        var scale = Matrix<double>.Build.DenseOfDiagonalArray([.. eigen.Select(e => 1 / Math.Sqrt(e + floor))]);
        var whitening = evd.EigenVectors * scale * evd.EigenVectors.Transpose();
        var result = new float[dimensions * dimensions];
        for (var row = 0; row < dimensions; row++)
        {
            for (var column = 0; column < dimensions; column++)
            {
                result[(row * dimensions) + column] = (float)whitening[row, column];
            }
        }

        return result;
    }

    /// <summary>
    /// A question's profile: a probability per intent, the softmax of <paramref name="similarities"/> at
    /// <paramref name="temperature"/>. The dot product of two profiles is how likely the two questions are of the
    /// same kind.
    /// </summary>
    public static float[] Profile(ReadOnlySpan<float> similarities, float temperature)
    {
        var profile = new float[similarities.Length];
        TensorPrimitives.Divide(similarities, temperature, profile);
        TensorPrimitives.SoftMax(profile, profile);
        return profile;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(QuestionIntents.IntentFile))]
internal sealed partial class IntentJsonContext : JsonSerializerContext;
