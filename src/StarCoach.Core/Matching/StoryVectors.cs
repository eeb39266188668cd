namespace StarCoach.Core.Matching;

/// <summary>
/// Where an index's vectors come from: shipped with StarCoach (the intents' phrasings), cached by model and text,
/// or embedded now in batches and cached, so a text is embedded once whatever reads it (matching, recall).
/// </summary>
internal static class StoryVectors
{
    /// <summary>Texts embedded per call to the model: big enough to batch, small enough for a smooth progress bar.</summary>
    public const int BatchSize = 16;

    /// <summary>A vector shipped with StarCoach or cached.</summary>
    public static bool Known(string key, IEmbeddingCache cache, out float[] vector) =>
        ShippedVectors.TryGet(key, out vector) || cache.TryGet(key, out vector);

    /// <summary>How many distinct <paramref name="texts"/> have no vector yet: what <see cref="Embed"/> embeds.</summary>
    public static int CountMissing(IEnumerable<string> texts, IEmbedder embedder, IEmbeddingCache cache) =>
        texts.Distinct(StringComparer.Ordinal).Count(t => !Known(EmbeddingCacheKey.For(embedder.ModelId, t), cache, out _));

    /// <summary>Vectors of <paramref name="texts"/>: shipped, cached, or embedded now in batches (and cached).</summary>
    public static Dictionary<string, float[]> Embed(
        IEnumerable<string> texts,
        IEmbedder embedder,
        IEmbeddingCache cache,
        IProgress<EmbeddingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<(string Text, string Key)>();
        foreach (var text in texts)
        {
            if (vectors.ContainsKey(text))
            {
                continue;
            }

            var key = EmbeddingCacheKey.For(embedder.ModelId, text);
            if (Known(key, cache, out var cached))
            {
                vectors[text] = cached;
            }
            else
            {
                // Distinct texts have distinct keys: the text was not seen, so neither was its key.
                missing.Add((text, key));
                vectors[text] = [];
            }
        }

        progress?.Report(new EmbeddingProgress(0, missing.Count));
        for (var start = 0; start < missing.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = missing.Skip(start).Take(BatchSize).ToList();
            var embedded = embedder.Embed([.. batch.Select(m => m.Text)], cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                vectors[batch[i].Text] = embedded[i];
                cache.Set(batch[i].Key, embedded[i]);
            }

            progress?.Report(new EmbeddingProgress(start + batch.Count, missing.Count));
        }

        return vectors;
    }
}
