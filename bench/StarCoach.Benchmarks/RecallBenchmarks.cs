using System.Text.Json;
using BenchmarkDotNet.Attributes;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.PlainText;
using StarCoach.Core.Matching;
using StarCoach.Core.Practice.Recall;

namespace StarCoach.Benchmarks;

/// <summary>
/// Recall of one attempt: the cost story of the recall pairs (<c>tests/…/Fixtures/recall/pairs.json</c>) against
/// its faithful paraphrase. Warm by meaning: both texts' vectors cached (the prepared story always is after its
/// first attempt); by meaning with the retelling embedded by MiniLM, as every new attempt is; and by words alone.
/// </summary>
[MemoryDiagnoser]
public class RecallBenchmarks
{
    private Answer _story = null!;
    private string _retelling = string.Empty;
    private SentenceMeaning _warm = null!;
    private SentenceMeaning _storyOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var pairs = JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedDocuments.RepositoryRoot(), "tests", "StarCoach.Core.Tests", "Fixtures", "recall", "pairs.json")));
        var document = pairs.RootElement.GetProperty("stories").GetProperty("cost").GetString()!;
        _story = new PlainTextImporter().Import(SourceDocument.FromText("prep.txt", document)).Bank!.AllAnswers().Single().Answer;
        _retelling = pairs.RootElement.GetProperty("retellings").GetProperty("cost-faithful").GetString()!;

        var cache = new MemoryEmbeddingCache();
        _warm = new SentenceMeaning(MiniLmEmbedder.Shared, cache);
        StoryRecall.Compare(_story, _retelling, _warm);

        // The prepared story's vectors only: each attempt embeds what was said.
        var story = new MemoryEmbeddingCache();
        StoryRecall.Compare(_story, string.Empty, new SentenceMeaning(MiniLmEmbedder.Shared, story));
        StoryRecall.Compare(_story, "Warm-up.", new SentenceMeaning(MiniLmEmbedder.Shared, story));
        _storyOnly = new SentenceMeaning(MiniLmEmbedder.Shared, new KeepOnly(story));
    }

    [Benchmark(Description = "recall by meaning, warm (vectors cached)")]
    public double ByMeaningWarm() => StoryRecall.Compare(_story, _retelling, _warm).Score;

    [Benchmark(Description = "recall by meaning, retelling embedded")]
    public double ByMeaningEmbeddingTheRetelling() => StoryRecall.Compare(_story, _retelling, _storyOnly).Score;

    [Benchmark(Description = "recall by words")]
    public double ByWords() => StoryRecall.Compare(_story, _retelling).Score;

    /// <summary>A cache that reads another and keeps nothing new, so every retelling is embedded afresh.</summary>
    private sealed class KeepOnly(IEmbeddingCache inner) : IEmbeddingCache
    {
        public bool TryGet(string key, out float[] vector) => inner.TryGet(key, out vector);

        public void Set(string key, float[] vector)
        {
        }
    }
}
