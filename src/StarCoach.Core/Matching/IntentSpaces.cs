using System.Collections.Concurrent;

namespace StarCoach.Core.Matching;

/// <summary>
/// The intent spaces (<see cref="IntentSpace"/>) indexes are built in, one per model and tuning: the phrasings'
/// vectors and the whitening they give are the same for every bank of one model, so they are built once per
/// instance, not per index. The public <see cref="StoryIndex"/> entry points use <see cref="Shared"/>; a test or
/// the lab passes its own to start empty.
/// </summary>
internal sealed class IntentSpaces
{
    private readonly ConcurrentDictionary<(string ModelId, bool PhrasingAsks, float Whitening), IntentSpace> _spaces = new();

    /// <summary>The spaces of this process's indexes.</summary>
    public static IntentSpaces Shared { get; } = new();

    /// <summary>What is embedded of an intent's phrasing: its ask, as for stored questions.</summary>
    public static string IntentText(string phrasing) => QuestionCore.Of(phrasing);

    /// <summary>What is embedded of an intent's phrasing under <paramref name="tuning"/>.</summary>
    public static Func<string, string> IntentTextOf(MatchTuning tuning) => tuning.PhrasingAsks ? IntentText : p => p;

    /// <summary>The texts of the intents' phrasings that an index embeds (and that <see cref="ShippedVectors"/> ships).</summary>
    public static IEnumerable<string> IntentTexts(MatchTuning tuning) =>
        IntentSpace.Texts(QuestionIntents.All, IntentTextOf(tuning));

    /// <summary>The phrasings an index still needs vectors of: none once this model's space is built.</summary>
    public IEnumerable<string> TextsToEmbed(IEmbedder embedder, MatchTuning tuning) =>
        _spaces.ContainsKey(Key(embedder, tuning)) ? [] : IntentTexts(tuning);

    /// <summary>The space of <paramref name="embedder"/> under <paramref name="tuning"/>, built from <paramref name="modelVectorOf"/> the first time.</summary>
    public IntentSpace For(IEmbedder embedder, MatchTuning tuning, Func<string, float[]> modelVectorOf) =>
        _spaces.GetOrAdd(
            Key(embedder, tuning),
            key => IntentSpace.Create(QuestionIntents.All, key.ModelId, embedder.Dimensions, IntentTextOf(tuning), modelVectorOf, key.Whitening));

    /// <summary>How much a question (its whole and ask vectors) is of each intent, as probabilities.</summary>
    public static float[] Profile(ReadOnlySpan<float> whole, ReadOnlySpan<float> ask, IntentSpace intents, MatchTuning tuning)
    {
        var similarities = intents.Similarities(tuning.IntentFromAsk ? ask : whole, tuning.IntentNeighbours);
        return IntentSpace.Profile(similarities, tuning.IntentTemperature);
    }

    private static (string ModelId, bool PhrasingAsks, float Whitening) Key(IEmbedder embedder, MatchTuning tuning) =>
        (embedder.ModelId, tuning.PhrasingAsks, tuning.Whitening);
}
