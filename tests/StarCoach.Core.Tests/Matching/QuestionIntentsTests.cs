using System.Numerics.Tensors;
using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

/// <summary>The catalogue of question intents, its shipped vectors, and what the real model makes of it.</summary>
public sealed class QuestionIntentsTests
{
    [Fact]
    public void Catalogue_HasManyDistinctlyWordedKindsOfQuestion()
    {
        var intents = QuestionIntents.All;

        Assert.True(intents.Length >= 50, $"{intents.Length} intents");
        Assert.Equal(intents.Length, intents.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(intents, i => Assert.True(i.Phrasings.Length >= 20, $"{i.Id}: {i.Phrasings.Length} phrasings"));
        Assert.All(intents, i => Assert.False(string.IsNullOrWhiteSpace(i.Name)));

        // No wording is given to two kinds.
        var phrasings = intents.SelectMany(i => i.Phrasings).ToList();
        Assert.Equal(phrasings.Count, phrasings.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    /// <summary>
    /// Every phrasing an index needs has a shipped vector for the model, and the shipped vectors are the model's
    /// (a sample re-embedded now). Fails after the catalogue is edited until the vectors are regenerated:
    /// <c>dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-vectors</c>.
    /// </summary>
    [Fact]
    public void ShippedVectors_CoverEveryPhrasingAndAreTheModels()
    {
        var embedder = MiniLmEmbedder.Shared;
        var texts = IntentSpaces.IntentTexts(MatchTuning.Default).Distinct(StringComparer.Ordinal).ToList();

        var missing = texts.Where(t => !ShippedVectors.TryGet(EmbeddingCacheKey.For(embedder.ModelId, t), out _)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} phrasings have no shipped vector (first: \"{missing.FirstOrDefault()}\"); run the intent-vectors command of bench/StarCoach.Benchmarks.");

        var sample = texts.Where((_, i) => i % 97 == 0).ToList();
        var fresh = embedder.Embed(sample, TestContext.Current.CancellationToken);
        for (var i = 0; i < sample.Count; i++)
        {
            ShippedVectors.TryGet(EmbeddingCacheKey.For(embedder.ModelId, sample[i]), out var shipped);
            Assert.True(TensorPrimitives.CosineSimilarity(shipped, fresh[i]) > 0.999f, sample[i]);
        }
    }

    /// <summary>
    /// The shipped whitening is the one computed now from the shipped vectors (so a λ or catalogue change without
    /// regenerating is caught), and it does what it is for: phrasings of one intent end up closer together, relative
    /// to phrasings of other intents, than in the model's own space.
    /// </summary>
    [Fact]
    public void ShippedWhitening_IsComputedFromTheCatalogueAndPullsEachIntentTogether()
    {
        var embedder = MiniLmEmbedder.Shared;
        var tuning = MatchTuning.Default;
        var textOf = IntentSpaces.IntentTextOf(tuning);
        var byIntent = QuestionIntents.All.Select(i => i.Phrasings.Select(p => Shipped(embedder, textOf(p))).ToList()).ToList();

        var computed = IntentSpace.WithinIntentWhitening(byIntent, embedder.Dimensions, tuning.Whitening);

        var key = IntentSpace.WhiteningKey(QuestionIntents.All, embedder.ModelId, textOf, tuning.Whitening);
        Assert.True(ShippedVectors.TryGetWhitening(key, embedder.Dimensions, out var shipped), "No shipped whitening for this catalogue and λ; run the intent-vectors command of bench/StarCoach.Benchmarks.");
        var difference = TensorPrimitives.MaxMagnitude(Difference(shipped, computed));
        Assert.True(difference < 1e-3f * TensorPrimitives.MaxMagnitude<float>(computed), $"largest difference {difference}");

        var space = IntentSpace.Create(QuestionIntents.All, embedder.ModelId, embedder.Dimensions, textOf, t => Shipped(embedder, t), tuning.Whitening);
        var (whitened, model) = (NearestOwnIntent(byIntent, space.Whiten), NearestOwnIntent(byIntent, v => v));
        Assert.True(whitened > model + 0.05f, $"phrasings nearest their own intent: {whitened:P0} whitened, {model:P0} in the model's space");
    }

    [Theory]
    [InlineData("Tell me about a time you failed.", "failure")]
    [InlineData("Why should we hire you over the other candidates?", "why-hire-you")]
    [InlineData("Tell me about a time you persuaded peers to adopt your idea.", "influence-without-authority")]
    [InlineData("Tell me about a time you did more with less.", "frugality")]
    [InlineData("Tell me about managing an employee whose performance was slipping.", "underperformer")]
    [InlineData("A patient's family was furious about a delay. What did you do?", "difficult-customer")]
    public void Profile_WithTheRealModel_PutsQuestionsInTheirKind(string question, string expected)
    {
        var embedder = MiniLmEmbedder.Shared;
        var tuning = MatchTuning.Default;
        var space = IntentSpace.Create(QuestionIntents.All, embedder.ModelId, embedder.Dimensions, IntentSpaces.IntentTextOf(tuning), Vector, tuning.Whitening);

        var profile = IntentSpace.Profile(space.Similarities(space.Whiten(Vector(question)), tuning.IntentNeighbours), tuning.IntentTemperature);

        Assert.InRange(profile.Sum(), 0.999f, 1.001f);
        Assert.Equal(expected, space.Intents[Array.IndexOf(profile, profile.Max())].Id);

        float[] Vector(string text) =>
            ShippedVectors.TryGet(EmbeddingCacheKey.For(embedder.ModelId, text), out var v) ? v : embedder.Embed([text], TestContext.Current.CancellationToken)[0];
    }

    private static float[] Shipped(MiniLmEmbedder embedder, string text) =>
        ShippedVectors.TryGet(EmbeddingCacheKey.For(embedder.ModelId, text), out var vector) ? vector : throw new InvalidOperationException(text);

    private static float[] Difference(float[] a, float[] b)
    {
        var result = new float[a.Length];
        TensorPrimitives.Subtract(a, b, result);
        return result;
    }

    /// <summary>Share of phrasings whose nearest intent centroid (the others' mean, leaving the phrasing out) is their own.</summary>
    private static float NearestOwnIntent(List<List<float[]>> byIntent, Func<float[], float[]> map)
    {
        var mapped = byIntent.Select(v => v.Select(map).ToList()).ToList();
        var sums = mapped.Select(v =>
        {
            var sum = new float[v[0].Length];
            v.ForEach(x => TensorPrimitives.Add(sum, x, sum));
            return sum;
        }).ToList();
        int right = 0, total = 0;
        var own = new float[sums[0].Length];
        for (var i = 0; i < mapped.Count; i++)
        {
            foreach (var vector in mapped[i])
            {
                TensorPrimitives.Subtract(sums[i], vector, own);
                var best = TensorPrimitives.CosineSimilarity(vector, own);
                right += Enumerable.Range(0, mapped.Count).All(j => j == i || TensorPrimitives.CosineSimilarity(vector, sums[j]) < best) ? 1 : 0;
                total++;
            }
        }

        return (float)right / total;
    }
}
