using System.Globalization;
using System.Text.Json;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// Match quality of <see cref="StoryIndex"/> itself (the shipped code, not a copy) under other <see cref="MatchTuning"/>s,
/// on the seed bank and the paraphrase sets. Vectors are cached under the system temp folder, so a grid of
/// tunings costs milliseconds each after the first run.
/// <para>
/// Honesty: <c>tune</c> scores the tuning set only; <c>holdout NAME…</c> scores the holdout sets for named
/// candidates, to be run once after choosing on the tuning set.
/// </para>
/// Run: <c>dotnet run -c Release --project bench/StarCoach.Benchmarks -- intent-lab tune</c> (or <c>holdout NAME…</c>).
/// </summary>
internal static class IntentLab
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly string[] SetFiles = ["paraphrases.json", "paraphrases-tuning2.json", "paraphrases-holdout.json", "paraphrases-holdout3.json", "paraphrases-holdout4.json", "paraphrases-holdout5.json"];

    public static int Run(string[] args)
    {
        var output = Console.Out;
        var bank = new BankImporter().ImportFile(SeedDocuments.Path("behavioral-questions.txt")).Bank!;
        var free = bank with { Questions = [.. bank.Questions.Select(q => q with { Text = string.Empty })] };
        var fixtures = Path.Combine(SeedDocuments.RepositoryRoot(), "tests", "StarCoach.Core.Tests", "Fixtures");
        var sets = SetFiles
            .Where(f => File.Exists(Path.Combine(fixtures, f)))
            .ToDictionary(f => f, f => Load(Path.Combine(fixtures, f)));

        var cache = FileEmbeddingCache.Open(Path.Combine(Path.GetTempPath(), "starcoach-intent-lab"), MiniLmEmbedder.Shared);
        if (args is ["explain", .. var queries])
        {
            Explain(output, bank, queries, cache);
            return 0;
        }

        var variants = Variants();
        var chosen = args is ["holdout" or "misses", .. var names] ? [.. variants.Where(v => names.Contains(v.Name))] : variants;
        var setNames = args is ["holdout", ..] ? sets.Keys.ToList() : ["paraphrases.json", "paraphrases-tuning2.json"];
        foreach (var (name, tuning) in chosen)
        {
            var index = StoryIndex.Build(bank, MiniLmEmbedder.Shared, cache, tuning, IntentSpaces.Shared);
            var freeIndex = StoryIndex.Build(free, MiniLmEmbedder.Shared, cache, tuning, IntentSpaces.Shared);
            cache.Save();
            var line = new List<string>();
            foreach (var set in setNames)
            {
                var cases = sets[set];
                var (top1, top3) = Measure(index, cases, bank, byAnswer: false, args is ["holdout", ..] || (args is ["misses", ..] ) ? output : null);
                var (free1, free3) = Measure(freeIndex, cases, bank, byAnswer: true, null);
                line.Add(string.Create(CultureInfo.InvariantCulture, $"{set}: {top1}/{top3} of {cases.Count} (free {free1}/{free3})"));
            }

            output.WriteLine($"{name,-36} {string.Join("   ", line)}");
        }

        return 0;
    }

    /// <summary>The shipped tuning, the one before question intents, and the grids it was chosen from (docs/benchmarks.md).</summary>
    private static List<(string Name, MatchTuning Tuning)> Variants()
    {
        var variants = new List<(string, MatchTuning)>
        {
            ("shipped", MatchTuning.Default),
            ("no whitening", MatchTuning.Default with { Whitening = 0 }),
            ("before: no intents", new MatchTuning(Intent: 0, Passage: 0.25f, Words: 0.1f, Whitening: 0)),
            ("intents, old weights", MatchTuning.Default with { Passage = 0.25f, Words = 0.1f, Whitening = 0 }),
        };

        // Round 1, old weights: how question intents are profiled.
        foreach (var k in new[] { 3, 5, 8, 12, 24 })
        {
            foreach (var temperature in new[] { 0.01f, 0.02f, 0.03f, 0.05f })
            {
                foreach (var (fromAsk, asks) in new[] { (false, false), (false, true), (true, false) })
                {
                    variants.Add((
                        string.Create(CultureInfo.InvariantCulture, $"k{k} t{temperature} {(fromAsk ? "ask" : "whole")}→{(asks ? "asks" : "wholes")}"),
                        new MatchTuning(1f, k, temperature, fromAsk, asks, Passage: 0.25f, Words: 0.1f, Whitening: 0)));
                }
            }
        }

        // Round 2, with the tuning2 set: how much the story's passages, its words and the intents count.
        foreach (var passage in new[] { 0.25f, 0.5f, 1f, 1.5f, 2f })
        {
            foreach (var words in new[] { 0.1f, 0.4f, 0.6f, 0.8f, 1.2f })
            {
                foreach (var intent in new[] { 0.5f, 1f, 1.5f })
                {
                    variants.Add((
                        string.Create(CultureInfo.InvariantCulture, $"p{passage} w{words} i{intent}"),
                        MatchTuning.Default with { Passage = passage, Words = words, Intent = intent, Whitening = 0 }));
                }
            }
        }

        // Round 4: within-intent whitening of every vector (λ: the floor added to Sw's eigenvalues, in means of them).
        foreach (var whitening in new[] { 2f, 3f, 5f, 7f, 10f, 15f, 20f, 40f })
        {
            foreach (var temperature in new[] { 0.015f, 0.02f, 0.03f })
            {
                variants.Add((
                    string.Create(CultureInfo.InvariantCulture, $"whitening {whitening} t{temperature}"),
                    MatchTuning.Default with { Whitening = whitening, IntentTemperature = temperature }));
            }
        }

        foreach (var passage in new[] { 1f, 1.5f, 2f })
        {
            foreach (var words in new[] { 0.4f, 0.6f, 0.8f })
            {
                foreach (var intent in new[] { 0.75f, 1f, 1.5f })
                {
                    variants.Add((
                        string.Create(CultureInfo.InvariantCulture, $"whitening 10 p{passage} w{words} i{intent}"),
                        MatchTuning.Default with { Passage = passage, Words = words, Intent = intent }));
                }
            }
        }

        foreach (var fullAt in new[] { 2, 3, 4, 6 })
        {
            variants.Add((string.Create(CultureInfo.InvariantCulture, $"words full at {fullAt} stems"), MatchTuning.Default with { WordsFullAt = fullAt }));
        }

        variants.Add(("freeform intents", MatchTuning.Default with { FreeformIntents = true }));
        variants.Add(("freeform intents, weight 0.5", MatchTuning.Default with { FreeformIntents = true, Intent = 0.5f }));

        return variants;
    }

    /// <summary>Top-1 and top-3 hits; a hit is an answer under an expected question (by question-text prefix).</summary>
    private static (int Top1, int Top3) Measure(StoryIndex index, List<Case> cases, Bank bank, bool byAnswer, TextWriter? misses)
    {
        var questionOf = bank.AllAnswers().ToDictionary(qa => qa.Answer.Id, qa => qa.Question.Text, StringComparer.Ordinal);
        int top1 = 0, top3 = 0;
        foreach (var c in cases)
        {
            var results = index.Match(c.Query, 3);
            bool Hit(StoryMatch m) => c.Expected.Any(p => (byAnswer ? questionOf[m.AnswerId] : m.QuestionText).StartsWith(p, StringComparison.Ordinal));
            top1 += Hit(results[0]) ? 1 : 0;
            top3 += results.Any(Hit) ? 1 : 0;
            if (misses is not null && !Hit(results[0]))
            {
                misses.WriteLine($"    {(results.Any(Hit) ? "top-3" : "miss ")}  {c.Query}  →  {results[0].QuestionText[..Math.Min(70, results[0].QuestionText.Length)]}");
            }
        }

        return (top1, top3);
    }

    /// <summary>The intents the model sees in each query and in each stored question (top 3, with probabilities).</summary>
    private static void Explain(TextWriter output, Bank bank, string[] queries, FileEmbeddingCache cache)
    {
        var embedder = MiniLmEmbedder.Shared;
        var tuning = MatchTuning.Default;
        var texts = IntentSpaces.IntentTexts(tuning).Concat(queries).Concat(bank.Questions.Select(q => q.Text));
        var vectors = StoryVectors.Embed(texts, embedder, cache, null, CancellationToken.None);
        cache.Save();
        var space = IntentSpace.Create(QuestionIntents.All, embedder.ModelId, embedder.Dimensions, IntentSpaces.IntentTextOf(tuning), t => vectors[t], tuning.Whitening);
        string Top(string text)
        {
            var profile = IntentSpace.Profile(space.Similarities(space.Whiten(vectors[text]), tuning.IntentNeighbours), tuning.IntentTemperature);
            return string.Join(", ", Enumerable.Range(0, profile.Length).OrderByDescending(i => profile[i]).Take(3)
                .Select(i => string.Create(CultureInfo.InvariantCulture, $"{space.Intents[i].Id} {profile[i]:0.00}")));
        }

        foreach (var query in queries)
        {
            var top = space.Similarities(space.Whiten(vectors[query]), tuning.IntentNeighbours).Max();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{top:0.000}  {query}  →  {Top(query)}"));
        }

        foreach (var question in bank.Questions.Where(q => q.Answers.Length > 0))
        {
            output.WriteLine($"  {question.Text[..Math.Min(60, question.Text.Length)],-60}  {Top(question.Text)}");
        }
    }

    private static List<Case> Load(string path) =>
        JsonSerializer.Deserialize<CaseFile>(File.ReadAllText(path), JsonOptions)!.Cases;

    private sealed record Case(string Query, List<string> Expected);

    private sealed record CaseFile(List<Case> Cases);
}
