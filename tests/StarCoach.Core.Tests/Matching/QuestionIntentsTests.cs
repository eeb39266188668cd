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
        var texts = StoryIndex.IntentTexts(MatchTuning.Default).Distinct(StringComparer.Ordinal).ToList();

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
        var space = IntentSpace.Create(QuestionIntents.All, embedder.Dimensions, p => p, Vector);
        var tuning = MatchTuning.Default;

        var profile = IntentSpace.Profile(space.Similarities(Vector(question), tuning.IntentNeighbours), tuning.IntentTemperature);

        Assert.InRange(profile.Sum(), 0.999f, 1.001f);
        Assert.Equal(expected, space.Intents[Array.IndexOf(profile, profile.Max())].Id);

        float[] Vector(string text) =>
            ShippedVectors.TryGet(EmbeddingCacheKey.For(embedder.ModelId, text), out var v) ? v : embedder.Embed([text], TestContext.Current.CancellationToken)[0];
    }
}
