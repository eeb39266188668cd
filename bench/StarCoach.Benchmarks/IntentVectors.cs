using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// Regenerates the vectors shipped for the intents' phrasings and their whitening (<see cref="ShippedVectors"/>)
/// after the catalogue or the whitening's λ changes: <c>dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-vectors</c>.
/// </summary>
internal static class IntentVectors
{
    public static int Run(TextWriter output)
    {
        var embedder = MiniLmEmbedder.Shared;
        var texts = IntentSpaces.IntentTexts(MatchTuning.Default).Distinct(StringComparer.Ordinal).ToList();
        var vectors = new List<(string, float[])>(texts.Count);
        foreach (var batch in texts.Chunk(StoryIndex.BatchSize))
        {
            var embedded = embedder.Embed(batch);
            vectors.AddRange(batch.Select((text, i) => (EmbeddingCacheKey.For(embedder.ModelId, text), embedded[i])));
        }

        var path = Path.Combine(SeedDocuments.RepositoryRoot(), "src", "StarCoach.Core", "Matching", "Intents", "question-intents.minilm.bin");
        using (var stream = File.Create(path))
        {
            ShippedVectors.Write(stream, embedder.Dimensions, vectors);
        }

        output.WriteLine($"{vectors.Count} vectors written to {path}");

        // The whitening a StoryIndex would compute from exactly these (half-float) vectors.
        var tuning = MatchTuning.Default;
        var textOf = IntentSpaces.IntentTextOf(tuning);
        var shipped = vectors.ToDictionary(v => v.Item1, v => ShippedVectors.AsShipped(v.Item2), StringComparer.Ordinal);
        var byIntent = QuestionIntents.All
            .Select(i => i.Phrasings.Select(p => shipped[EmbeddingCacheKey.For(embedder.ModelId, textOf(p))]).ToList())
            .ToList();
        var matrix = IntentSpace.WithinIntentWhitening(byIntent, embedder.Dimensions, tuning.Whitening);
        var key = IntentSpace.WhiteningKey(QuestionIntents.All, embedder.ModelId, textOf, tuning.Whitening);
        var whiteningPath = Path.ChangeExtension(path, ".whitening.bin");
        using (var stream = File.Create(whiteningPath))
        {
            ShippedVectors.WriteWhitening(stream, key, embedder.Dimensions, matrix);
        }

        output.WriteLine($"whitening (λ {tuning.Whitening}) written to {whiteningPath}");
        return 0;
    }
}
