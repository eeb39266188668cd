using System.Globalization;
using System.Text.Json;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Import;
using StarCoach.Core.Matching;
using StarCoach.Core.Text;

namespace StarCoach.Benchmarks;

/// <summary>
/// Scratch harness for match quality: embeds the seed bank and both paraphrase sets once per model (cached under
/// the system temp folder), computes every signal of every (question, story) pair, and scores many rankings in
/// milliseconds. It re-implements <see cref="StoryIndex"/>'s exact scoring (small bank: every story scored) so
/// that variants can mix signals of two models; the shipped numbers come from <c>MatchQualityTests</c>.
/// <para>
/// Honesty: <c>tune</c> prints the tuning set only; <c>holdout NAME…</c> prints the holdout set for the named
/// final candidates, to be run once after choosing on the tuning set.
/// </para>
/// Run: <c>dotnet run -c Release -p:MatchLab=true --project bench/StarCoach.Benchmarks -- match-lab tune</c> (also <c>misses NAME…</c>, <c>holdout NAME…</c>).
/// </summary>
internal static class MatchLab
{
    /// <summary>The query instruction of snowflake-arctic-embed (for a query against passages).</summary>
    private const string ArcticQueryPrefix = "Represent this sentence for searching relevant passages: ";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>How Arctic's question and ask similarities are taken.</summary>
    internal enum Symmetric
    {
        /// <summary>Neither side prefixed.</summary>
        Plain,

        /// <summary>The new question prefixed, the stored one not (query → passage style).</summary>
        QueryPrefixed,

        /// <summary>Both prefixed.</summary>
        BothPrefixed,
    }

    internal sealed record Variant(
        string Name,
        float Mini,
        float Arctic,
        Symmetric Questions = Symmetric.Plain,
        bool PrefixPassages = false,
        float Lexical = 0.1f,
        float Competency = 0.2f,
        float Passage = 0.25f,
        float? ArcticPassage = null,
        bool MiniPassageOff = false);

    public static int Run(string[] args)
    {
        var output = Console.Out;
        var root = SeedDocuments.RepositoryRoot();
        var bank = new BankImporter().ImportFile(Path.Combine(root, "..", "shared", "seeds", "behavioral-questions.txt")).Bank!;
        var stories = bank.AllAnswers().Select(qa => new Story(qa.Question, qa.Answer)).ToList();
        output.WriteLine($"{stories.Count} stories");

        var fixtures = Path.Combine(root, "tests", "StarCoach.Core.Tests", "Fixtures");
        var tuning = Load(Path.Combine(fixtures, "paraphrases.json"));
        var holdout = Load(Path.Combine(fixtures, "paraphrases-holdout.json"));

        using var arctic = new ArcticXsLabEmbedder();
        var cacheDirectory = Path.Combine(Path.GetTempPath(), "starcoach-match-lab");
        var mini = new Model(MiniLmEmbedder.Shared, FileEmbeddingCache.Open(cacheDirectory, MiniLmEmbedder.Shared));
        var arc = new Model(arctic, FileEmbeddingCache.Open(cacheDirectory, arctic));

        var storyTexts = stories.SelectMany(s => s.Texts()).ToList();
        var queryTexts = tuning.Concat(holdout).SelectMany(c => new[] { c.Query, QuestionCore.Of(c.Query) }).ToList();
        mini.Embed(storyTexts.Concat(queryTexts));
        arc.Embed(storyTexts.Concat(queryTexts)
            .Concat(queryTexts.Select(t => ArcticQueryPrefix + t))
            .Concat(stories.Where(s => s.HasQuestion).SelectMany(s => new[] { ArcticQueryPrefix + s.QuestionText, ArcticQueryPrefix + s.Ask })));
        mini.Save();
        arc.Save();

        var signals = new Signals(stories, mini, arc);
        var tuningSignals = signals.For(tuning);
        Stats(output, tuningSignals);

        var variants = Variants();
        if (args is ["holdout", .. var names])
        {
            var holdoutSignals = signals.For(holdout);
            foreach (var name in names)
            {
                var variant = variants.Single(v => v.Name == name);
                Print(output, variant, "tuning", tuning, tuningSignals, stories, misses: false);
                Print(output, variant, "holdout", holdout, holdoutSignals, stories, misses: true);
            }

            return 0;
        }

        if (args is ["misses", .. var missNames])
        {
            foreach (var name in missNames)
            {
                Print(output, variants.Single(v => v.Name == name), "tuning", tuning, tuningSignals, stories, misses: true);
            }

            return 0;
        }

        output.WriteLine("variant | tuning top-1 | tuning top-3 | tuning no-question top-1 | top-3");
        foreach (var variant in variants)
        {
            var (top1, top3, _) = Evaluate(variant, tuning, tuningSignals, stories, free: false);
            var (free1, free3, _) = Evaluate(variant, tuning, tuningSignals, stories, free: true);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variant.Name,-40} {top1,3}/{tuning.Count} {top3,3}/{tuning.Count}   {free1,3} {free3,3}"));
        }

        return 0;
    }

    private static List<Variant> Variants()
    {
        var variants = new List<Variant>
        {
            new("minilm (shipped)", 1, 0),
            new("arctic plain", 0, 1),
            new("arctic plain, prefixed passages", 0, 1, Symmetric.Plain, true),
            new("arctic query-prefixed, prefixed passages", 0, 1, Symmetric.QueryPrefixed, true),
            new("arctic both-prefixed, prefixed passages", 0, 1, Symmetric.BothPrefixed, true),
        };

        foreach (var weight in new[] { 0.25f, 0.5f, 0.75f, 1f, 1.5f, 2f, 3f })
        {
            foreach (var prefixPassages in new[] { false, true })
            {
                foreach (var questions in new[] { Symmetric.Plain, Symmetric.QueryPrefixed, Symmetric.BothPrefixed })
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"mini+{weight}*arctic {questions}{(prefixPassages ? " pp" : string.Empty)}");
                    variants.Add(new Variant(name, 1, weight, questions, prefixPassages));
                }
            }
        }

        // Meaning of the stored question and ask from MiniLM, the story's passages from Arctic (its query→passage
        // use, prefixed), with Arctic's cosines scaled by the ratio of the two models' spreads (about 3, labels unused).
        foreach (var scale in new[] { 1f, 2f, 3f, 4f })
        {
            foreach (var share in new[] { 0f, 0.5f, 1f })
            {
                variants.Add(new Variant(
                    string.Create(CultureInfo.InvariantCulture, $"mini q+a{(share > 0 ? $" +{share}*arctic q+a" : string.Empty)}, passage {(share > 0 ? "mini+" : string.Empty)}arctic-pp x{scale}"),
                    1,
                    share * scale,
                    Symmetric.QueryPrefixed,
                    true,
                    ArcticPassage: scale) with { Mini = 1 });
                variants.Add(new Variant(
                    string.Create(CultureInfo.InvariantCulture, $"mini q+a, arctic-pp only passage x{scale} share{share}"),
                    1,
                    share * scale,
                    Symmetric.Plain,
                    true,
                    ArcticPassage: scale,
                    MiniPassageOff: true));
            }
        }

        return variants;
    }

    private static void Print(TextWriter output, Variant variant, string set, List<Case> cases, Pair[][] signals, List<Story> stories, bool misses)
    {
        var (top1, top3, missed) = Evaluate(variant, cases, signals, stories, free: false);
        var (free1, free3, _) = Evaluate(variant, cases, signals, stories, free: true);
        var n = cases.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{variant.Name} — {set}: top-1 {top1}/{n} ({100.0 * top1 / n:0}%), top-3 {top3}/{n} ({100.0 * top3 / n:0}%); no question text: top-1 {free1}/{n}, top-3 {free3}/{n}"));
        if (misses)
        {
            foreach (var miss in missed)
            {
                output.WriteLine("    " + miss);
            }
        }
    }

    private static (int Top1, int Top3, List<string> Misses) Evaluate(Variant variant, List<Case> cases, Pair[][] signals, List<Story> stories, bool free)
    {
        int top1 = 0, top3 = 0;
        var misses = new List<string>();
        for (var q = 0; q < cases.Count; q++)
        {
            var scores = signals[q].Select(p => Fused(variant, p, free)).ToArray();
            var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).Take(3).ToList();
            bool Hit(int i) => cases[q].Expected.Any(prefix => stories[i].QuestionText.StartsWith(prefix, StringComparison.Ordinal));
            top1 += Hit(order[0]) ? 1 : 0;
            top3 += order.Any(Hit) ? 1 : 0;
            if (!Hit(order[0]))
            {
                misses.Add($"{(order.Any(Hit) ? "top-3" : "miss ")}  {cases[q].Query}  →  {stories[order[0]].QuestionText}");
            }
        }

        return (top1, top3, misses);
    }

    private static float Fused(Variant v, Pair p, bool free)
    {
        var arcticPassage = v.PrefixPassages ? p.ArcticPassagePrefixed : p.ArcticPassage;
        var miniPassage = v.MiniPassageOff ? 0 : p.MiniPassage;
        float semantic;
        if (free)
        {
            semantic = (2 + v.Passage) * ((v.Mini * miniPassage) + ((v.ArcticPassage ?? v.Arctic) * arcticPassage));
            return semantic + (v.Lexical * p.WordsFree) + (v.Competency * p.CompetencyFree);
        }

        var (arcticQuestion, arcticAsk) = v.Questions switch
        {
            Symmetric.QueryPrefixed => (p.ArcticQuestionQueryPrefixed, p.ArcticAskQueryPrefixed),
            Symmetric.BothPrefixed => (p.ArcticQuestionBothPrefixed, p.ArcticAskBothPrefixed),
            _ => (p.ArcticQuestion, p.ArcticAsk),
        };
        semantic = (v.Mini * (p.MiniQuestion + p.MiniAsk + (v.Passage * miniPassage)))
            + (v.Arctic * (arcticQuestion + arcticAsk)) + ((v.ArcticPassage ?? v.Arctic) * v.Passage * arcticPassage);
        return semantic + (v.Lexical * p.Words) + (v.Competency * p.Competency);
    }

    private static void Stats(TextWriter output, Pair[][] signals)
    {
        static (double Mean, double Sd) Of(IEnumerable<float> values)
        {
            var list = values.Select(v => (double)v).ToList();
            var mean = list.Average();
            return (mean, Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count));
        }

        var all = signals.SelectMany(row => row).ToList();
        foreach (var (name, select) in new (string, Func<Pair, float>)[]
        {
            ("mini question", p => p.MiniQuestion),
            ("arctic question", p => p.ArcticQuestion),
            ("mini passage", p => p.MiniPassage),
            ("arctic passage", p => p.ArcticPassage),
            ("arctic passage prefixed", p => p.ArcticPassagePrefixed),
        })
        {
            var (mean, sd) = Of(all.Select(select));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cosine {name}: mean {mean:0.000}, sd {sd:0.000} (tuning queries × stories, labels unused)"));
        }
    }

    private static List<Case> Load(string path) =>
        JsonSerializer.Deserialize<CaseFile>(File.ReadAllText(path), JsonOptions)!.Cases;

    private sealed record Case(string Query, List<string> Expected);

    private sealed record CaseFile(List<Case> Cases);

    /// <summary>Every signal of one (question, story) pair.</summary>
    private readonly record struct Pair(
        float MiniQuestion,
        float MiniAsk,
        float MiniPassage,
        float ArcticQuestion,
        float ArcticAsk,
        float ArcticPassage,
        float ArcticQuestionQueryPrefixed,
        float ArcticAskQueryPrefixed,
        float ArcticQuestionBothPrefixed,
        float ArcticAskBothPrefixed,
        float ArcticPassagePrefixed,
        float Words,
        float Competency,
        float WordsFree,
        float CompetencyFree);

    private sealed class Story(Question question, Answer answer)
    {
        public Question Question { get; } = question;

        public Answer Answer { get; } = answer;

        public string QuestionText => Question.Text;

        public bool HasQuestion => !string.IsNullOrWhiteSpace(Question.Text);

        public string Ask { get; } = string.IsNullOrWhiteSpace(question.Text) ? string.Empty : QuestionCore.Of(question.Text);

        public List<string> Passages { get; } = [.. Core.Matching.Passages.Of(answer.Text).Select(p => p.Text)];

        public List<string> Texts() => HasQuestion ? [Question.Text, Ask, .. Passages] : Passages;
    }

    private sealed class Model(IEmbedder embedder, FileEmbeddingCache cache)
    {
        private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

        public float[] this[string text] => _vectors[text];

        public void Embed(IEnumerable<string> texts)
        {
            var missing = new List<string>();
            foreach (var text in texts.Distinct(StringComparer.Ordinal))
            {
                if (cache.TryGet(EmbeddingCacheKey.For(embedder.ModelId, text), out var vector))
                {
                    _vectors[text] = vector;
                }
                else
                {
                    missing.Add(text);
                }
            }

            foreach (var batch in missing.Chunk(16))
            {
                var vectors = embedder.Embed(batch);
                for (var i = 0; i < batch.Length; i++)
                {
                    _vectors[batch[i]] = vectors[i];
                    cache.Set(EmbeddingCacheKey.For(embedder.ModelId, batch[i]), vectors[i]);
                }
            }
        }

        public void Save() => cache.Save();

        public float Cos(string a, string b) => System.Numerics.Tensors.TensorPrimitives.Dot(this[a], this[b]);

        public float Best(string query, List<string> passages) => passages.Count == 0 ? 0 : passages.Max(p => Cos(query, p));
    }

    private sealed class Signals
    {
        private readonly List<Story> _stories;
        private readonly Model _mini;
        private readonly Model _arctic;
        private readonly CompetencyTagger _tagger = new();
        private readonly LexicalIndex _lexical;
        private readonly LexicalIndex _lexicalFree;
        private readonly double[][] _competencies;
        private readonly double[][] _competenciesFree;

        public Signals(List<Story> stories, Model mini, Model arctic)
        {
            _stories = stories;
            _mini = mini;
            _arctic = arctic;
            _lexical = LexicalIndex.Build([.. stories.Select(s => Fields(s.Answer.Text, s.QuestionText))]);
            _lexicalFree = LexicalIndex.Build([.. stories.Select(s => Fields(s.Answer.Text, string.Empty))]);
            _competencies = [.. stories.Select(s => _tagger.Vector(_tagger.TagAnswer(s.Question, s.Answer)))];
            _competenciesFree = [.. stories.Select(s => _tagger.Vector(_tagger.TagAnswer(s.Question with { Text = string.Empty }, s.Answer)))];
        }

        public Pair[][] For(List<Case> cases) => [.. cases.Select(c => For(c.Query))];

        private static LexicalIndex.Field[] Fields(string answer, string question) =>
        [
            new LexicalIndex.Field([.. TextTerms.ContentStems(answer)], 1.0f, 0.75f),
            new LexicalIndex.Field([.. TextTerms.ContentStems(question)], 1.5f, 0.3f),
        ];

        private static float[] Words(LexicalIndex index, List<string> stems, int count)
        {
            var scores = new float[count];
            index.Score(stems, scores);
            var best = scores.Max();
            return [.. scores.Select(s => best > 0 ? s / best : 0)];
        }

        private static float Overlap(double[] question, double[] answer)
        {
            double shared = 0, total = 0;
            for (var i = 0; i < question.Length; i++)
            {
                total += question[i];
                shared += Math.Min(question[i], answer[i]);
            }

            return total == 0 ? 0 : (float)(shared / total);
        }

        private Pair[] For(string query)
        {
            var ask = QuestionCore.Of(query);
            var stems = TextTerms.ContentStems(query).Distinct(StringComparer.Ordinal).ToList();
            var words = Words(_lexical, stems, _stories.Count);
            var wordsFree = Words(_lexicalFree, stems, _stories.Count);
            var competencies = _tagger.QuestionVector(query);
            var prefixedQuery = ArcticQueryPrefix + query;
            var prefixedAsk = ArcticQueryPrefix + ask;
            var pairs = new Pair[_stories.Count];
            for (var s = 0; s < _stories.Count; s++)
            {
                var story = _stories[s];
                var has = story.HasQuestion;
                pairs[s] = new Pair(
                    has ? _mini.Cos(query, story.QuestionText) : 0,
                    has ? _mini.Cos(ask, story.Ask) : 0,
                    _mini.Best(ask, story.Passages),
                    has ? _arctic.Cos(query, story.QuestionText) : 0,
                    has ? _arctic.Cos(ask, story.Ask) : 0,
                    _arctic.Best(ask, story.Passages),
                    has ? _arctic.Cos(prefixedQuery, story.QuestionText) : 0,
                    has ? _arctic.Cos(prefixedAsk, story.Ask) : 0,
                    has ? _arctic.Cos(prefixedQuery, ArcticQueryPrefix + story.QuestionText) : 0,
                    has ? _arctic.Cos(prefixedAsk, ArcticQueryPrefix + story.Ask) : 0,
                    _arctic.Best(prefixedAsk, story.Passages),
                    words[s],
                    Overlap(competencies, _competencies[s]),
                    wordsFree[s],
                    Overlap(competencies, _competenciesFree[s]));
            }

            return pairs;
        }
    }
}
