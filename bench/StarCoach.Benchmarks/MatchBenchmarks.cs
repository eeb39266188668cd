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
/// <see cref="StoryIndex.Match"/> path (int8 answer-level SIMD dot products over one contiguous array, BM25F over
/// the inverted index, bounded top-k selection, exact re-scoring of the candidates, competencies, why).
/// The query's own embedding is excluded here (a stand-in embedder returns a fixed vector) and measured
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

/// <summary>Deterministic synthetic stories: STAR-ish sentences from a vocabulary, random unit vectors.</summary>
internal static class SyntheticStories
{
    private static readonly string[] Subjects = ["the data pipeline", "the fraud model", "our search service", "the billing system", "the onboarding flow", "the ML platform", "a legacy database", "the release process", "the recommendation engine", "the monitoring stack"];
    private static readonly string[] Verbs = ["migrated", "simplified", "rebuilt", "debugged", "automated", "scaled", "redesigned", "profiled", "documented", "negotiated"];
    private static readonly string[] Contexts = ["under a tight deadline", "with a limited budget", "after a production incident", "while the team disagreed", "across three teams", "with a skeptical manager", "for a key customer", "during a reorganisation", "with a new hire I mentored", "without all the information"];
    private static readonly string[] Results = ["cut latency by 30%", "saved $50,000 a year", "reduced incidents by half", "shipped two weeks early", "raised test coverage to 80%", "grew adoption to 12 teams", "improved recall by 15%", "halved cloud costs", "removed 40 manual steps", "earned the customer's trust"];
    private static readonly string[] Prompts = ["Tell me about a time you", "Describe a situation where you", "Give me an example of when you"];

    public static StoryIndex Index(int count)
    {
        var random = new Random(42);
        var sources = new List<StoryIndex.Source>(count);
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var embedder = new FixedEmbedder();
        for (var i = 0; i < count; i++)
        {
            string Pick(string[] words) => words[random.Next(words.Length)];
            var question = $"{Pick(Prompts)} {Pick(Verbs)} {Pick(Subjects)} {Pick(Contexts)} (#{i % 5000})";
            var text = $"Situation: At company {i % 997}, {Pick(Subjects)} was failing {Pick(Contexts)}. "
                + $"Action: I {Pick(Verbs)} {Pick(Subjects)} and {Pick(Verbs)} {Pick(Subjects)} {Pick(Contexts)}. "
                + $"I also {Pick(Verbs)} {Pick(Subjects)}. Result: we {Pick(Results)} and {Pick(Results)}.";
            var answer = new Answer($"a-{i:x8}", AnswerKind.Star, text, [], new SourceSpan(i, i));
            var q = new Question($"q-{i:x8}", question, null, null, null, [], [], new SourceSpan(i, i), [answer], []);
            var passages = Passages.Of(text);
            vectors[question] = RandomUnit(random, embedder.Dimensions);
            vectors.TryAdd(QuestionCore.Of(question), RandomUnit(random, embedder.Dimensions));
            foreach (var passage in passages)
            {
                vectors[passage.Text] = RandomUnit(random, embedder.Dimensions);
            }

            sources.Add(new StoryIndex.Source(q, answer, passages));
        }

        foreach (var phrasing in StoryIndex.IntentTexts(MatchTuning.Default))
        {
            vectors.TryAdd(phrasing, RandomUnit(random, embedder.Dimensions));
        }

        return StoryIndex.Create(embedder, NoEmbeddingCache.Instance, sources, text => vectors[text]);
    }

    private static float[] RandomUnit(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] = (float)((random.NextDouble() * 2) - 1);
        }

        System.Numerics.Tensors.TensorPrimitives.Divide(vector, System.Numerics.Tensors.TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    /// <summary>Returns one fixed unit vector per text: the query's embedding cost is measured on its own.</summary>
    private sealed class FixedEmbedder : IEmbedder
    {
        private readonly float[] _vector = RandomUnit(new Random(7), 384);

        public string ModelId => "bench-fixed";

        public int Dimensions => 384;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => [.. texts.Select(_ => _vector)];
    }
}
