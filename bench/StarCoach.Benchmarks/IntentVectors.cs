using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// Regenerates the vectors shipped for the intents' phrasings (<see cref="ShippedVectors"/>) after the catalogue
/// changes: <c>dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-vectors</c>.
/// </summary>
internal static class IntentVectors
{
    public static int Run(TextWriter output)
    {
        var embedder = MiniLmEmbedder.Shared;
        var texts = StoryIndex.IntentTexts(MatchTuning.Default).Distinct(StringComparer.Ordinal).ToList();
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
        return 0;
    }
}
