using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using StarCoach.Core.Banks;
using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// Matching over 100,000 synthetic stories (a coach hosting many candidates): one query through the whole
/// <see cref="StoryIndex.Match(string, int, CancellationToken)"/> path (int8 answer-level SIMD dot products over one contiguous array, BM25F over
/// the inverted index, bounded top-k selection, exact re-scoring of the candidates, competencies, why).
/// The query's own embedding is excluded here (a stand-in embedder draws a vector from a hash of the text) and measured
/// separately with the real model in <see cref="EmbedQuery"/>.
/// </summary>
[Config(typeof(Percentiles))]
[MemoryDiagnoser]
public class MatchBenchmarks
{
    private const int Stories = 100_000;

    private static readonly string[] Queries =
    [
        "Tell me about a time you disagreed with a coworker about the pipeline design",
        "Describe a time you reduced cloud costs with limited budget",
        "How did you handle a production incident under a tight deadline?",
        "Tell me about mentoring an engineer who was struggling",
    ];

    private StoryIndex _index = null!;
    private int _next;

    [GlobalSetup(Targets = [nameof(MatchQuery)])]
    public void Setup() => _index = SyntheticStories.Index(Stories);

    [GlobalSetup(Targets = [nameof(EmbedQuery)])]
    public void SetupModel() => MiniLmEmbedder.Shared.Embed(["warm up"]);

    [Benchmark(Description = "match 1 query over 100k stories (query embedding excluded)")]
    public ImmutableArray<StoryMatch> MatchQuery() => _index.Match(Queries[_next++ % Queries.Length], 5);

    [Benchmark(Description = "embed 1 query and its ask with MiniLM (one batch)")]
    public float[][] EmbedQuery()
    {
        var question = Queries[_next++ % Queries.Length];
        return MiniLmEmbedder.Shared.Embed([question, QuestionCore.Of(question)]);
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithWarmupCount(3).WithIterationCount(15).WithInvocationCount(16).WithUnrollFactor(1));
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.P50, BenchmarkDotNet.Columns.StatisticColumn.P95);
            SummaryStyle = SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond);
        }
    }
}

/// <summary>
/// Deterministic synthetic stories: STAR-ish sentences from a vocabulary, and a random unit vector per text drawn
/// from a hash of the text (so no table of vectors is held beside the index, even at 1,000,000 stories).
/// </summary>
internal static class SyntheticStories
{
    private static readonly string[] Subjects = ["the data pipeline", "the fraud model", "our search service", "the billing system", "the onboarding flow", "the ML platform", "a legacy database", "the release process", "the recommendation engine", "the monitoring stack"];
    private static readonly string[] Verbs = ["migrated", "simplified", "rebuilt", "debugged", "automated", "scaled", "redesigned", "profiled", "documented", "negotiated"];
    private static readonly string[] Contexts = ["under a tight deadline", "with a limited budget", "after a production incident", "while the team disagreed", "across three teams", "with a skeptical manager", "for a key customer", "during a reorganisation", "with a new hire I mentored", "without all the information"];
    private static readonly string[] Results = ["cut latency by 30%", "saved $50,000 a year", "reduced incidents by half", "shipped two weeks early", "raised test coverage to 80%", "grew adoption to 12 teams", "improved recall by 15%", "halved cloud costs", "removed 40 manual steps", "earned the customer's trust"];
    private static readonly string[] Prompts = ["Tell me about a time you", "Describe a situation where you", "Give me an example of when you"];

    /// <summary>The stand-in model: every text's vector is <see cref="VectorOf"/>.</summary>
    public static IEmbedder Embedder { get; } = new HashEmbedder();

    public static StoryIndex Index(int count) => Index(Stories(count));

    public static StoryIndex Index(List<(Question Question, Answer Answer)> stories, IProgress<EmbeddingProgress>? progress = null) =>
        new StoryIndexBuilder(Embedder, NoEmbeddingCache.Instance, IntentSpaces.Shared, MatchTuning.Default).Build(Sources(stories), VectorOf, progress);

    /// <summary><paramref name="count"/> stories, one question and one STAR answer each.</summary>
    public static List<(Question Question, Answer Answer)> Stories(int count)
    {
        var random = new Random(42);
        var stories = new List<(Question, Answer)>(count);
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] words) => words[random.Next(words.Length)];
            var question = $"{Pick(Prompts)} {Pick(Verbs)} {Pick(Subjects)} {Pick(Contexts)} (#{i % 5000})";
            var text = $"Situation: At company {i % 997}, {Pick(Subjects)} was failing {Pick(Contexts)}. "
                + $"Action: I {Pick(Verbs)} {Pick(Subjects)} and {Pick(Verbs)} {Pick(Subjects)} {Pick(Contexts)}. "
                + $"I also {Pick(Verbs)} {Pick(Subjects)}. Result: we {Pick(Results)} and {Pick(Results)}.";
            var answer = new Answer($"a-{i:x8}", AnswerKind.Star, text, [], new SourceSpan(i, i));
            stories.Add((new Question($"q-{i:x8}", question, null, null, null, [], [], new SourceSpan(i, i), [answer], []), answer));
        }

        return stories;
    }

    public static List<StoryIndexBuilder.Source> Sources(List<(Question Question, Answer Answer)> stories) =>
        [.. stories.Select(s => new StoryIndexBuilder.Source(s.Question, s.Answer, Passages.CutOf(s.Answer.Text)))];

    /// <summary>A unit vector drawn from a hash of <paramref name="text"/> (SplitMix64 over its FNV-1a hash).</summary>
    public static float[] VectorOf(string text)
    {
        var state = 14695981039346656037UL;
        foreach (var c in text)
        {
            state = (state ^ c) * 1099511628211UL;
        }

        var vector = new float[Embedder.Dimensions];
        for (var d = 0; d < vector.Length; d++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            vector[d] = (float)(((z >> 11) * (1.0 / (1UL << 53)) * 2) - 1);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(vector, System.Numerics.Tensors.TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    /// <summary>Embeds a text as <see cref="VectorOf"/>: the query's embedding cost is measured on its own.</summary>
    private sealed class HashEmbedder : IEmbedder
    {
        public string ModelId => "bench-hash";

        public int Dimensions => 384;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(VectorOf)];
    }
}
