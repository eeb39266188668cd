using System.Collections.Immutable;
using System.Numerics.Tensors;
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
/// of each kind: per intent, the mean of its <c>k</c> nearest phrasings' cosines.
/// </summary>
internal sealed class IntentSpace
{
    private readonly VectorIndex _phrasings;
    private readonly int[] _firstRow;

    private IntentSpace(ImmutableArray<QuestionIntent> intents, VectorIndex phrasings, int[] firstRow)
    {
        Intents = intents;
        _phrasings = phrasings;
        _firstRow = firstRow;
    }

    public ImmutableArray<QuestionIntent> Intents { get; }

    /// <summary>Every phrasing of <paramref name="intents"/>, as the texts to embed (<paramref name="textOf"/> maps a phrasing to what is embedded).</summary>
    public static IEnumerable<string> Texts(ImmutableArray<QuestionIntent> intents, Func<string, string> textOf) =>
        intents.SelectMany(i => i.Phrasings).Select(textOf);

    public static IntentSpace Create(ImmutableArray<QuestionIntent> intents, int dimensions, Func<string, string> textOf, Func<string, float[]> vectorOf)
    {
        var phrasings = new VectorIndex(dimensions, intents.Sum(i => i.Phrasings.Length));
        var firstRow = new int[intents.Length + 1];
        for (var i = 0; i < intents.Length; i++)
        {
            firstRow[i] = phrasings.Count;
            foreach (var phrasing in intents[i].Phrasings)
            {
                phrasings.Add(vectorOf(textOf(phrasing)));
            }
        }

        firstRow[intents.Length] = phrasings.Count;
        return new IntentSpace(intents, phrasings, firstRow);
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
