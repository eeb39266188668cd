using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Everything needed to find the stories of a bank that fit a new question, offline: a BM25F index over word
/// stems (the answer and the question it answers), sentence-embedding vectors (the question, and passages of the
/// answer), and each answer's competencies. Build once per bank (vectors come from the cache when the text is
/// unchanged), then call <see cref="Match"/> for each question. Thread-safe for matching.
/// </summary>
public sealed class StoryIndex
{
    /// <summary>Texts embedded per call to the model: big enough to batch, small enough for a smooth progress bar.</summary>
    public const int BatchSize = 16;

    // Reciprocal rank fusion. A bank holds tens of stories, not thousands of documents, so k is small (10, not
    // the usual 60) to keep the head of each ranking distinct. Meaning is by far the strongest signal on
    // reworded questions; shared words and competencies each count a quarter as much and mostly break ties.
    private const float FusionK = 10;
    private const float SemanticWeight = 1.0f;
    private const float LexicalWeight = 0.25f;
    private const float CompetencyWeight = 0.25f;

    // Answer-level vector = question vector + this × mean passage vector; the semantic score of a candidate is
    // similarity to its question + this × its best passage: what it was prepared for and what it says count alike.
    private const float PassageWeight = 1.0f;

    // Stage one keeps this many candidates by meaning and by words before the finer, passage-level scoring.
    private const int MinCandidates = 64;

    private const int MaxSharedConcepts = 6;
    private const double MinCompetencyStrength = 0.35;
    private const int MaxCompetencies = 3;

    private readonly IEmbedder _embedder;
    private readonly IEmbeddingCache _cache;
    private readonly CompetencyTagger _tagger;
    private readonly ImmutableArray<Entry> _entries;
    private readonly LexicalIndex _lexical;
    private readonly VectorIndex _stories;
    private readonly VectorIndex _questions;
    private readonly VectorIndex _passages;

    private StoryIndex(
        IEmbedder embedder,
        IEmbeddingCache cache,
        CompetencyTagger tagger,
        ImmutableArray<Entry> entries,
        LexicalIndex lexical,
        VectorIndex stories,
        VectorIndex questions,
        VectorIndex passages)
    {
        _embedder = embedder;
        _cache = cache;
        _tagger = tagger;
        _entries = entries;
        _lexical = lexical;
        _stories = stories;
        _questions = questions;
        _passages = passages;
    }

    /// <summary>Number of answers indexed.</summary>
    public int Count => _entries.Length;

    /// <summary>How many texts of <paramref name="bank"/> are not in <paramref name="cache"/> yet (what <see cref="Build"/> will embed).</summary>
    public static int CountMissing(Bank bank, IEmbedder embedder, IEmbeddingCache cache) =>
        Texts(bank).Distinct(StringComparer.Ordinal).Count(t => !cache.TryGet(EmbeddingCacheKey.For(embedder.ModelId, t), out _));

    /// <summary>Indexes every answer of <paramref name="bank"/>, embedding the texts missing from <paramref name="cache"/>.</summary>
    public static StoryIndex Build(
        Bank bank,
        IEmbedder embedder,
        IEmbeddingCache cache,
        IProgress<EmbeddingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var answers = bank.AllAnswers().ToList();
        var passages = answers.Select(qa => Passages.Of(qa.Answer.Text)).ToList();
        var vectors = Embed(Texts(bank), embedder, cache, progress, cancellationToken);
        return Create(
            embedder,
            cache,
            [.. answers.Select((qa, i) => new Source(qa.Question, qa.Answer, passages[i]))],
            text => vectors[text]);
    }

    /// <summary>
    /// The <paramref name="top"/> answers that best fit <paramref name="question"/>, best first: meaning
    /// (embeddings), shared words (BM25F) and shared competencies, fused by reciprocal rank.
    /// </summary>
    public ImmutableArray<StoryMatch> Match(string question, int top = 5, CancellationToken cancellationToken = default)
    {
        if (_entries.IsEmpty || top <= 0 || string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var query = Embed([question], _embedder, _cache, null, cancellationToken)[question];
        var stems = TextTerms.ContentStems(question).Distinct(StringComparer.Ordinal).ToList();
        var competencies = _tagger.QuestionVector(question);

        // Stage one, over every answer: answer-level vectors and the inverted index.
        var semantic = new float[_entries.Length];
        _stories.Score(query, semantic);
        var lexical = new float[_entries.Length];
        _lexical.Score(stems, lexical);
        var keep = Math.Max(MinCandidates, top * 4);
        var candidates = TopK.Select(semantic, keep).Select(c => c.Index)
            .Union(TopK.Select(lexical, keep, floor: 0).Select(c => c.Index))
            .ToArray();

        // Stage two, over the candidates: best passage, competencies, fusion.
        var fine = new float[candidates.Length];
        var questionSimilarity = new float[candidates.Length];
        var bestPassage = new int[candidates.Length];
        var overlap = new float[candidates.Length];
        var words = new float[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var entry = _entries[candidates[c]];
            questionSimilarity[c] = Dot(query, _questions.Row(entry.QuestionRow));
            var (best, similarity) = BestPassage(query, entry);
            bestPassage[c] = best;
            fine[c] = questionSimilarity[c] + (PassageWeight * similarity);
            overlap[c] = Overlap(competencies, entry.Competencies);
            words[c] = lexical[candidates[c]];
        }

        var semanticRanks = Ranks(fine, onlyPositive: false);
        var lexicalRanks = Ranks(words, onlyPositive: true);
        var competencyRanks = Ranks(overlap, onlyPositive: true);
        var fused = new float[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            fused[c] = (SemanticWeight / (FusionK + semanticRanks[c]))
                + (lexicalRanks[c] > 0 ? LexicalWeight / (FusionK + lexicalRanks[c]) : 0)
                + (competencyRanks[c] > 0 ? CompetencyWeight / (FusionK + competencyRanks[c]) : 0);
        }

        var best1 = (SemanticWeight + LexicalWeight + CompetencyWeight) / (FusionK + 1);
        var results = ImmutableArray.CreateBuilder<StoryMatch>();
        foreach (var (c, score) in TopK.Select(fused, top))
        {
            var entry = _entries[candidates[c]];
            var passage = bestPassage[c] >= 0 ? entry.Passages[bestPassage[c]] : null;
            var why = new MatchReasons(
                SharedConcepts(stems, entry, candidates[c]),
                SharedCompetencies(competencies, entry.Competencies),
                BestSentence(entry.Answer.Text, passage, stems),
                Math.Round(passage is null ? 0 : Dot(query, _passages.Row(entry.FirstPassageRow + bestPassage[c])), 3),
                Math.Round(questionSimilarity[c], 3),
                lexicalRanks[c] > 0 ? lexicalRanks[c] : null,
                semanticRanks[c]);
            results.Add(new StoryMatch(
                results.Count + 1,
                entry.Question.Id,
                entry.Answer.Id,
                entry.Question.Text,
                entry.Answer.Kind,
                Math.Round(score / best1, 3),
                why,
                entry.Answer.SourceSpan));
        }

        return results.ToImmutable();
    }

    /// <summary>An answer to index, already cut into passages.</summary>
    internal sealed record Source(Question Question, Answer Answer, List<Passages.Passage> Passages);

    /// <summary>Builds the index from answers whose texts all have vectors (<paramref name="vectorOf"/>).</summary>
    internal static StoryIndex Create(IEmbedder embedder, IEmbeddingCache cache, IReadOnlyList<Source> sources, Func<string, float[]> vectorOf)
    {
        var tagger = new CompetencyTagger();
        var dimensions = embedder.Dimensions;
        var stories = new VectorIndex(dimensions, sources.Count);
        var questions = new VectorIndex(dimensions, sources.Count);
        var passages = new VectorIndex(dimensions, sources.Sum(s => s.Passages.Count));
        var questionRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<Entry>(sources.Count);
        var fields = new List<LexicalIndex.Field[]>(sources.Count);
        var story = new float[dimensions];
        foreach (var source in sources)
        {
            if (!questionRows.TryGetValue(source.Question.Text, out var questionRow))
            {
                questionRows[source.Question.Text] = questionRow = questions.Add(vectorOf(source.Question.Text));
            }

            var firstPassage = passages.Count;
            Array.Clear(story);
            foreach (var passage in source.Passages)
            {
                var row = passages.Add(vectorOf(passage.Text));
                System.Numerics.Tensors.TensorPrimitives.Add(story, passages.Row(row), story);
            }

            // question + w × mean(passages): its dot product with a query is stage one's semantic score.
            var scale = source.Passages.Count == 0 ? 0 : PassageWeight / source.Passages.Count;
            System.Numerics.Tensors.TensorPrimitives.Multiply(story, scale, story);
            System.Numerics.Tensors.TensorPrimitives.Add(story, questions.Row(questionRow), story);
            stories.Add(story);

            var tags = tagger.TagAnswer(source.Question, source.Answer);
            entries.Add(new Entry(source.Question, source.Answer, source.Passages, questionRow, firstPassage, tagger.Vector(tags)));
            fields.Add(
            [
                new LexicalIndex.Field([.. TextTerms.ContentStems(source.Answer.Text)], 1.0f, 0.75f),
                new LexicalIndex.Field([.. TextTerms.ContentStems(source.Question.Text)], 1.5f, 0.3f),
            ]);
        }

        return new StoryIndex(embedder, cache, tagger, entries.MoveToImmutable(), LexicalIndex.Build(fields), stories, questions, passages);
    }

    private sealed record Entry(
        Question Question,
        Answer Answer,
        List<Passages.Passage> Passages,
        int QuestionRow,
        int FirstPassageRow,
        double[] Competencies);

    private static IEnumerable<string> Texts(Bank bank)
    {
        foreach (var (question, answer) in bank.AllAnswers())
        {
            yield return question.Text;
            foreach (var passage in Passages.Of(answer.Text))
            {
                yield return passage.Text;
            }
        }
    }

    private static Dictionary<string, float[]> Embed(
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
            if (cache.TryGet(key, out var cached))
            {
                vectors[text] = cached;
            }
            else if (missing.All(m => m.Key != key))
            {
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

    private (int Index, float Similarity) BestPassage(float[] query, Entry entry)
    {
        var best = -1;
        var similarity = 0f;
        for (var p = 0; p < entry.Passages.Count; p++)
        {
            var value = Dot(query, _passages.Row(entry.FirstPassageRow + p));
            if (best < 0 || value > similarity)
            {
                best = p;
                similarity = value;
            }
        }

        return (best, similarity);
    }

    private static float Dot(float[] a, ReadOnlySpan<float> b) => System.Numerics.Tensors.TensorPrimitives.Dot(a, b);

    /// <summary>How much of what the question probes the answer shows: Σ min(q, a) / Σ q.</summary>
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

    /// <summary>1-based ranks by descending value (ties share the better rank); with <paramref name="onlyPositive"/>, 0 for values ≤ 0, which do not rank.</summary>
    private static int[] Ranks(float[] values, bool onlyPositive)
    {
        var order = Enumerable.Range(0, values.Length).Where(i => !onlyPositive || values[i] > 0).OrderByDescending(i => values[i]).ThenBy(i => i).ToArray();
        var ranks = new int[values.Length];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r > 0 && values[order[r]] == values[order[r - 1]] ? ranks[order[r - 1]] : r + 1;
        }

        return ranks;
    }

    private ImmutableArray<string> SharedConcepts(List<string> stems, Entry entry, int document)
    {
        var shared = stems.Where(s => _lexical.Contains(s, document)).OrderByDescending(_lexical.Idf).ThenBy(s => s, StringComparer.Ordinal).Take(MaxSharedConcepts);
        var answerTerms = TextTerms.Of(entry.Answer.Text);
        var questionTerms = TextTerms.Of(entry.Question.Text);
        return
        [
            .. shared.Select(stem =>
            {
                var (text, terms) = answerTerms.Any(t => t.Stem == stem) ? (entry.Answer.Text, answerTerms) : (entry.Question.Text, questionTerms);
                var term = terms.First(t => t.Stem == stem);
                return text.Substring(term.Start, term.Length).ToLowerInvariant();
            }),
        ];
    }

    private ImmutableArray<MatchedCompetency> SharedCompetencies(double[] question, double[] answer) =>
    [
        .. Enumerable.Range(0, question.Length)
            .Where(i => question[i] >= MinCompetencyStrength && answer[i] >= MinCompetencyStrength)
            .OrderByDescending(i => Math.Min(question[i], answer[i]))
            .ThenBy(i => i)
            .Take(MaxCompetencies)
            .Select(i => _tagger.CompetencyAt(i))
            .Select(c => new MatchedCompetency(c.Framework, c.Id, c.Name)),
    ];

    /// <summary>The sentence of the best passage sharing the most (rarest) words with the question; else its first.</summary>
    private string BestSentence(string text, Passages.Passage? passage, List<string> stems)
    {
        if (passage is null || passage.Sentences.Count == 0)
        {
            return passage?.Text ?? string.Empty;
        }

        var best = passage.Sentences[0];
        var bestScore = 0f;
        foreach (var sentence in passage.Sentences)
        {
            var own = TextTerms.ContentStems(sentence.In(text)).ToHashSet(StringComparer.Ordinal);
            var score = stems.Where(own.Contains).Sum(_lexical.Idf);
            if (score > bestScore)
            {
                best = sentence;
                bestScore = score;
            }
        }

        return best.In(text).Replace("\\n", " ", StringComparison.Ordinal).Trim();
    }
}
