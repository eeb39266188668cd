using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Numerics.Tensors;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Everything needed to find the stories of a bank that fit a new question, offline: a BM25F index over word
/// stems (the answer and the question it answers), sentence-embedding vectors (the question, its ask without the
/// "Tell me about a time…" formula, and passages of the answer; an int8 answer-level vector for choosing
/// candidates in large indexes), the kind of question each story was prepared for (a profile over
/// <see cref="QuestionIntents"/>), and each answer's competencies. Build once per bank (vectors come from the
/// cache when the text is unchanged), then call <see cref="Match(string, int, CancellationToken)"/> for each question. Thread-safe for matching.
/// </summary>
public sealed class StoryIndex
{
    /// <summary>Texts embedded per call to the model: big enough to batch, small enough for a smooth progress bar.</summary>
    public const int BatchSize = 16;

    // Banks up to this size are scored exactly (every story is a candidate). Larger ones pick candidates by
    // the int8 answer-level vectors and by BM25F, then score those exactly.
    private const int ExactUpTo = 512;
    private const int SemanticCandidates = 48;
    private const int LexicalCandidates = 16;

    private const int MaxSharedConcepts = 6;
    private const double MinCompetencyStrength = 0.35;
    private const int MaxCompetencies = 3;
    private const float MinSameKind = 0.3f;

    // The intents' phrasings as vectors (and the whitening they give) are the same for every bank of one model:
    // built once, not per index.
    private static readonly ConcurrentDictionary<(string ModelId, bool PhrasingAsks, float Whitening), IntentSpace> IntentSpaces = new();

    private readonly IEmbedder _embedder;
    private readonly IEmbeddingCache _cache;
    private readonly CompetencyTagger _tagger;
    private readonly ImmutableArray<Entry> _entries;
    private readonly LexicalIndex _lexical;
    private readonly QuantizedVectorIndex _stories;
    private readonly VectorIndex _questions;
    private readonly VectorIndex _passages;
    private readonly IntentSpace _intents;
    private readonly MatchTuning _tuning;
    private readonly VectorIndex _profiles;

    private StoryIndex(
        IEmbedder embedder,
        IEmbeddingCache cache,
        CompetencyTagger tagger,
        ImmutableArray<Entry> entries,
        LexicalIndex lexical,
        QuantizedVectorIndex stories,
        VectorIndex questions,
        VectorIndex passages,
        IntentSpace intents,
        VectorIndex profiles,
        MatchTuning tuning)
    {
        _embedder = embedder;
        _cache = cache;
        _tagger = tagger;
        _entries = entries;
        _lexical = lexical;
        _stories = stories;
        _questions = questions;
        _passages = passages;
        _intents = intents;
        _profiles = profiles;
        _tuning = tuning;
    }

    /// <summary>Number of answers indexed.</summary>
    public int Count => _entries.Length;

    /// <summary>How many texts of <paramref name="bank"/> are not in <paramref name="cache"/> yet (what <see cref="Build(Bank, IEmbedder, IEmbeddingCache, IProgress{EmbeddingProgress}?, CancellationToken)"/> will embed).</summary>
    public static int CountMissing(Bank bank, IEmbedder embedder, IEmbeddingCache cache) =>
        Texts(bank).Concat(IntentTextsToEmbed(embedder, MatchTuning.Default)).Distinct(StringComparer.Ordinal).Count(t => !Known(EmbeddingCacheKey.For(embedder.ModelId, t), cache, out _));

    /// <summary>Indexes every answer of <paramref name="bank"/>, embedding the texts missing from <paramref name="cache"/>.</summary>
    public static StoryIndex Build(
        Bank bank,
        IEmbedder embedder,
        IEmbeddingCache cache,
        IProgress<EmbeddingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Build(bank, embedder, cache, MatchTuning.Default, progress, cancellationToken);

    /// <summary><see cref="Build(Bank, IEmbedder, IEmbeddingCache, IProgress{EmbeddingProgress}?, CancellationToken)"/> with other weights (the match lab).</summary>
    internal static StoryIndex Build(
        Bank bank,
        IEmbedder embedder,
        IEmbeddingCache cache,
        MatchTuning tuning,
        IProgress<EmbeddingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var answers = bank.AllAnswers().ToList();
        var passages = answers.Select(qa => Passages.Of(qa.Answer.Text)).ToList();
        var vectors = Embed(Texts(bank).Concat(IntentTextsToEmbed(embedder, tuning)), embedder, cache, progress, cancellationToken);
        return Create(
            embedder,
            cache,
            [.. answers.Select((qa, i) => new Source(qa.Question, qa.Answer, passages[i]))],
            text => vectors[text],
            tuning);
    }

    /// <summary>
    /// The <paramref name="top"/> answers that best fit <paramref name="question"/>, best first: meaning
    /// (embeddings of the question, its ask and the story's passages), being the same kind of question, shared
    /// words (BM25F) and shared competencies, fused by score (<see cref="MatchTuning"/>).
    /// </summary>
    public ImmutableArray<StoryMatch> Match(string question, int top = 5, CancellationToken cancellationToken = default) =>
        Match(question, top, scoreEveryStory: false, cancellationToken);

    /// <summary><see cref="Match(string, int, CancellationToken)"/>; with <paramref name="scoreEveryStory"/>, every story is scored exactly, however many (the brute-force floor the benchmarks compare against).</summary>
    internal ImmutableArray<StoryMatch> Match(string question, int top, bool scoreEveryStory, CancellationToken cancellationToken)
    {
        if (_entries.IsEmpty || top <= 0 || string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var askText = QuestionCore.Of(question);
        var embedded = Embed([question, askText], _embedder, _cache, null, cancellationToken);
        var questionVector = _intents.Whiten(embedded[question]);
        var askVector = _intents.Whiten(embedded[askText]);
        var query = new Query(
            questionVector,
            askVector,
            [.. TextTerms.ContentStems(question).Distinct(StringComparer.Ordinal)],
            _tagger.QuestionVector(question),
            IntentProfile(questionVector, askVector, _intents, _tuning));

        var count = _entries.Length;
        var lexical = ArrayPool<float>.Shared.Rent(count);
        try
        {
            Array.Clear(lexical, 0, count);
            _lexical.Score(query.Stems, lexical);
            var candidates = Candidates(query, lexical, top, scoreEveryStory);
            var scored = Score(query, candidates, lexical);
            return Explain(query, scored, top);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(lexical);
        }
    }

    /// <summary>An answer to index, already cut into passages.</summary>
    internal sealed record Source(Question Question, Answer Answer, List<Passages.Passage> Passages);

    /// <summary>Builds the index from answers whose texts all have the model's vectors (<paramref name="modelVectorOf"/>; whitened here).</summary>
    internal static StoryIndex Create(IEmbedder embedder, IEmbeddingCache cache, IReadOnlyList<Source> sources, Func<string, float[]> modelVectorOf, MatchTuning? tuning = null)
    {
        tuning ??= MatchTuning.Default;
        var intents = IntentSpaces.GetOrAdd(
            IntentSpaceKey(embedder, tuning),
            key => IntentSpace.Create(QuestionIntents.All, key.ModelId, embedder.Dimensions, IntentTextOf(tuning), modelVectorOf, key.Whitening));
        float[] VectorOf(string text) => intents.Whiten(modelVectorOf(text));
        var profiles = new VectorIndex(intents.Intents.Length, sources.Count);
        var tagger = new CompetencyTagger();
        var dimensions = embedder.Dimensions;
        var stories = new QuantizedVectorIndex(dimensions, sources.Count);
        var questions = new VectorIndex(dimensions, sources.Count);
        var passages = new VectorIndex(dimensions, sources.Sum(s => s.Passages.Count));
        var questionRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var entries = ImmutableArray.CreateBuilder<Entry>(sources.Count);
        var fields = new List<LexicalIndex.Field[]>(sources.Count);
        var story = new float[dimensions];
        int Row(string text)
        {
            if (!questionRows.TryGetValue(text, out var row))
            {
                questionRows[text] = row = questions.Add(VectorOf(text));
            }

            return row;
        }

        var profileRows = new Dictionary<string, int>(StringComparer.Ordinal);
        int ProfileRow(string text, int questionRow, int askRow)
        {
            if (!profileRows.TryGetValue(text, out var row))
            {
                profileRows[text] = row = profiles.Add(IntentProfile(questions.Row(questionRow), questions.Row(askRow), intents, tuning));
            }

            return row;
        }

        foreach (var source in sources)
        {
            var hasQuestion = !string.IsNullOrWhiteSpace(source.Question.Text);
            var questionRow = hasQuestion ? Row(source.Question.Text) : -1;
            var askRow = hasQuestion ? Row(QuestionCore.Of(source.Question.Text)) : -1;
            var profileRow = hasQuestion ? ProfileRow(source.Question.Text, questionRow, askRow) : -1;

            var firstPassage = passages.Count;
            Array.Clear(story);
            foreach (var passage in source.Passages)
            {
                var row = passages.Add(VectorOf(passage.Text));
                TensorPrimitives.Add(story, passages.Row(row), story);
            }

            if (!hasQuestion && tuning.FreeformIntents && source.Passages.Count > 0)
            {
                // A story without its question: the kind of question its passages, together, answer.
                var whole = new float[dimensions];
                TensorPrimitives.Divide(story, Math.Max(1e-6f, TensorPrimitives.Norm(story)), whole);
                profileRow = profiles.Add(IntentProfile(whole, whole, intents, tuning));
            }

            // Stage one's answer-level vector, so that its dot product with (question + ask) approximates the
            // fused semantic score: question + ask + w × mean passage (passages only without a question).
            var passageShare = hasQuestion ? tuning.Passage : tuning.Question + tuning.Ask + tuning.Passage;
            TensorPrimitives.Multiply(story, source.Passages.Count == 0 ? 0 : passageShare / source.Passages.Count, story);
            if (hasQuestion)
            {
                TensorPrimitives.Add(story, questions.Row(questionRow), story);
                TensorPrimitives.Add(story, questions.Row(askRow), story);
            }

            stories.Add(story);

            entries.Add(new Entry(source.Question, source.Answer, source.Passages, questionRow, askRow, profileRow, firstPassage, tagger.CueVector(source.Question, source.Answer)));
            fields.Add(
            [
                new LexicalIndex.Field([.. TextTerms.ContentStems(source.Answer.Text)], 1.0f, 0.75f),
                new LexicalIndex.Field([.. TextTerms.ContentStems(source.Question.Text)], 1.5f, 0.3f),
            ]);
        }

        return new StoryIndex(embedder, cache, tagger, entries.MoveToImmutable(), LexicalIndex.Build(fields), stories, questions, passages, intents, profiles, tuning);
    }

    private sealed record Entry(
        Question Question,
        Answer Answer,
        List<Passages.Passage> Passages,
        int QuestionRow,
        int AskRow,
        int ProfileRow,
        int FirstPassageRow,
        double[] Competencies)
    {
        public bool HasQuestion => QuestionRow >= 0;
    }

    /// <summary>A new question: its vectors (whole and ask), content stems and competency signal.</summary>
    private sealed record Query(float[] Vector, float[] Ask, List<string> Stems, double[] Competencies, float[] Intents);

    /// <summary>A candidate's signals and fused score.</summary>
    private readonly record struct Scored(int Document, float Fused, float Semantic, float Words, float QuestionSimilarity, int BestPassage, float PassageSimilarity);

    /// <summary>What is embedded of an intent's phrasing: its ask, as for stored questions.</summary>
    internal static string IntentText(string phrasing) => QuestionCore.Of(phrasing);

    /// <summary>What is embedded of an intent's phrasing under <paramref name="tuning"/>.</summary>
    internal static Func<string, string> IntentTextOf(MatchTuning tuning) => tuning.PhrasingAsks ? IntentText : p => p;

    /// <summary>The texts of the intents' phrasings that an index embeds (and that <see cref="ShippedVectors"/> ships).</summary>
    internal static IEnumerable<string> IntentTexts(MatchTuning tuning) =>
        IntentSpace.Texts(QuestionIntents.All, IntentTextOf(tuning));

    private static (string ModelId, bool PhrasingAsks, float Whitening) IntentSpaceKey(IEmbedder embedder, MatchTuning tuning) =>
        (embedder.ModelId, tuning.PhrasingAsks, tuning.Whitening);

    /// <summary>The phrasings an index still needs vectors of: none once the model's intent space is built (it is shared).</summary>
    private static IEnumerable<string> IntentTextsToEmbed(IEmbedder embedder, MatchTuning tuning) =>
        IntentSpaces.ContainsKey(IntentSpaceKey(embedder, tuning)) ? [] : IntentTexts(tuning);

    /// <summary>How much a question (its whole and ask vectors) is of each intent, as probabilities.</summary>
    private static float[] IntentProfile(ReadOnlySpan<float> whole, ReadOnlySpan<float> ask, IntentSpace intents, MatchTuning tuning)
    {
        var similarities = intents.Similarities(tuning.IntentFromAsk ? ask : whole, tuning.IntentNeighbours);
        return IntentSpace.Profile(similarities, tuning.IntentTemperature);
    }

    private static IEnumerable<string> Texts(Bank bank)
    {
        foreach (var (question, answer) in bank.AllAnswers())
        {
            if (!string.IsNullOrWhiteSpace(question.Text))
            {
                yield return question.Text;
                yield return QuestionCore.Of(question.Text);
            }

            foreach (var passage in Passages.Of(answer.Text))
            {
                yield return passage.Text;
            }
        }
    }

    /// <summary>A vector shipped with StarCoach or cached.</summary>
    internal static bool Known(string key, IEmbeddingCache cache, out float[] vector) =>
        ShippedVectors.TryGet(key, out vector) || cache.TryGet(key, out vector);

    /// <summary>Vectors of <paramref name="texts"/>: shipped, cached, or embedded now in batches (and cached).</summary>
    internal static Dictionary<string, float[]> Embed(
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

    /// <summary>Every story of a small bank; else the best by the answer-level vectors and by BM25F.</summary>
    private int[] Candidates(Query query, float[] lexical, int top, bool scoreEveryStory)
    {
        var count = _entries.Length;
        if (count <= ExactUpTo || scoreEveryStory)
        {
            return [.. Enumerable.Range(0, count)];
        }

        var probe = new float[query.Vector.Length];
        TensorPrimitives.Add(query.Vector, query.Ask, probe);
        var candidates = new HashSet<int>();
        foreach (var (index, _) in _stories.Nearest(probe, Math.Max(SemanticCandidates, top * 4)))
        {
            candidates.Add(index);
        }

        foreach (var (index, _) in TopK.Select(lexical.AsSpan(0, count), Math.Max(LexicalCandidates, top), floor: 0))
        {
            candidates.Add(index);
        }

        // In bank order, as for a small bank: ties go to the earlier story.
        var ordered = candidates.ToArray();
        Array.Sort(ordered);
        return ordered;
    }

    /// <summary>The exact fused score of each candidate.</summary>
    private Scored[] Score(Query query, int[] candidates, float[] lexical)
    {
        // The best BM25F score among the candidates is the best overall: the lexical top is always a candidate.
        var bestWords = 0f;
        foreach (var document in candidates)
        {
            bestWords = Math.Max(bestWords, lexical[document]);
        }

        // Sharing one or two words is weak evidence ("Tell me about a failure." has one content word, and every story
        // that says "failing" shares it): BM25F counts fully from WordsFullAt content words on.
        var wordsWeight = _tuning.WordsFullAt > 0 ? _tuning.Words * Math.Min(1f, (float)query.Stems.Count / _tuning.WordsFullAt) : _tuning.Words;
        var scored = new Scored[candidates.Length];
        for (var c = 0; c < candidates.Length; c++)
        {
            var document = candidates[c];
            var entry = _entries[document];
            var (best, passageSimilarity) = BestPassage(query.Ask, entry);
            float questionSimilarity = 0, semantic;
            var sameIntent = entry.ProfileRow >= 0 ? Dot(query.Intents, _profiles.Row(entry.ProfileRow)) : 0;
            if (entry.HasQuestion)
            {
                questionSimilarity = Dot(query.Vector, _questions.Row(entry.QuestionRow));
                var askSimilarity = Dot(query.Ask, _questions.Row(entry.AskRow));
                semantic = (_tuning.Question * questionSimilarity) + (_tuning.Ask * askSimilarity) + (_tuning.Passage * passageSimilarity)
                    + (_tuning.Intent * sameIntent);
            }
            else
            {
                // No question text: the best passage carries the question's and ask's weights, and the intent's too
                // when the story has no profile either.
                var passageShare = _tuning.Question + _tuning.Ask + _tuning.Passage + (entry.ProfileRow >= 0 ? 0 : _tuning.Intent);
                semantic = (passageShare * passageSimilarity) + (_tuning.Intent * sameIntent);
            }

            var words = bestWords > 0 ? lexical[document] / bestWords : 0;
            var overlap = Overlap(query.Competencies, entry.Competencies);
            var fused = semantic + (wordsWeight * words) + (_tuning.Competency * overlap);
            scored[c] = new Scored(document, fused, semantic, words, questionSimilarity, best, passageSimilarity);
        }

        return scored;
    }

    /// <summary>The <paramref name="top"/> candidates, best first, with why each fits.</summary>
    private ImmutableArray<StoryMatch> Explain(Query query, Scored[] scored, int top)
    {
        var fused = new float[scored.Length];
        for (var c = 0; c < scored.Length; c++)
        {
            fused[c] = scored[c].Fused;
        }

        var results = ImmutableArray.CreateBuilder<StoryMatch>();
        foreach (var (c, score) in TopK.Select(fused, top))
        {
            var candidate = scored[c];
            var entry = _entries[candidate.Document];
            var passage = candidate.BestPassage >= 0 ? entry.Passages[candidate.BestPassage] : null;
            var why = new MatchReasons(
                SharedConcepts(query.Stems, entry, candidate.Document),
                SharedCompetencies(query.Competencies, entry.Competencies),
                BestSentence(entry.Answer.Text, passage, query.Stems),
                Math.Round(passage is null ? 0 : candidate.PassageSimilarity, 3),
                Math.Round(candidate.QuestionSimilarity, 3),
                candidate.Words > 0 ? 1 + scored.Count(s => s.Words > candidate.Words) : null,
                1 + scored.Count(s => s.Semantic > candidate.Semantic),
                SameKind(query.Intents, entry));
            results.Add(new StoryMatch(
                results.Count + 1,
                entry.Question.Id,
                entry.Answer.Id,
                entry.Question.Text,
                entry.Answer.Kind,
                Math.Round(Math.Clamp(score / _tuning.TotalWeight, 0, 1), 3),
                why,
                entry.Answer.SourceSpan,
                StoryTitle.Of(entry.Question, entry.Answer)));
        }

        return results.ToImmutable();
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

    private static float Dot(float[] a, ReadOnlySpan<float> b) => TensorPrimitives.Dot(a, b);

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

    private ImmutableArray<string> SharedConcepts(List<string> stems, Entry entry, int document)
    {
        var shared = stems.Where(s => _lexical.Contains(s, document)).OrderByDescending(_lexical.Idf).ThenBy(s => s, StringComparer.Ordinal).Take(MaxSharedConcepts);
        var answerTerms = TextTerms.Of(entry.Answer.Text);
        var questionTerms = TextTerms.Of(entry.Question.Text);
        return
        [
            .. shared.Select(stem =>
            {
                // A content stem can be shared with a stop word ("use" and "us"): show the content word.
                var (text, terms) = answerTerms.Any(t => t.Stem == stem && !t.IsStopWord) ? (entry.Answer.Text, answerTerms) : (entry.Question.Text, questionTerms);
                var term = terms.FirstOrDefault(t => t.Stem == stem && !t.IsStopWord, terms.First(t => t.Stem == stem));
                return text.Substring(term.Start, term.Length).ToLowerInvariant();
            }),
        ];
    }

    /// <summary>The kind of question both are most likely to be, when they are likely enough to be of one kind.</summary>
    private MatchedQuestionKind? SameKind(float[] query, Entry entry)
    {
        if (entry.ProfileRow < 0)
        {
            return null;
        }

        var story = _profiles.Row(entry.ProfileRow);
        var best = 0;
        for (var i = 1; i < query.Length; i++)
        {
            if (query[i] * story[i] > query[best] * story[best])
            {
                best = i;
            }
        }

        var probability = query[best] * story[best];
        var intent = _intents.Intents[best];
        return probability < MinSameKind ? null : new MatchedQuestionKind(intent.Id, intent.Name, Math.Round(probability, 3));
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

        // A quote to read, not the document's markup: "**Task:** I …" → "Task: I …".
        return best.In(text).Replace("\\n", " ", StringComparison.Ordinal).Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal).Trim();
    }
}

/// <summary>
/// How the signals of a match are weighed (chosen by measurement: docs/benchmarks.md, "Match"). Score-level fusion
/// of calibrated signals: cosine similarities of meaning (all on the same −1…1 scale), the probability that the
/// new and the stored question are of the same kind (<see cref="QuestionIntents"/>, 0…1), BM25F divided by the
/// query's best BM25F score (0…1) and competency overlap (0…1), all over vectors whitened against the intent
/// catalogue (<see cref="Whitening"/>: λ of <see cref="IntentSpace"/>; 0 turns it off). A paraphrase is closest to
/// the question a story was prepared for, so the stored question counts most: whole, as its ask (QuestionCore:
/// without "Tell me about a time when you…") and as a kind of question; the story's own best passage and its words
/// count for questions about what happened in it, and the passage carries the whole semantic weight when a story
/// has no question text. Shared words count fully from <see cref="WordsFullAt"/> content words of the question on.
/// </summary>
internal sealed record MatchTuning(
    float Intent = 1f,
    int IntentNeighbours = 5,
    float IntentTemperature = 0.02f,
    bool IntentFromAsk = false,
    bool PhrasingAsks = false,
    float Passage = 1.5f,
    float Words = 0.6f,
    float Competency = 0.2f,
    float Whitening = 10f,
    int WordsFullAt = 3,
    bool FreeformIntents = true)
{
    public static MatchTuning Default { get; } = new();

    /// <summary>The weight of the stored question's cosine; every other weight is relative to it.</summary>
#pragma warning disable CA1822 // A weight among the others, read like them.
    public float Question => 1f;

    /// <summary>The weight of the stored ask's cosine.</summary>
    public float Ask => 1f;
#pragma warning restore CA1822

    /// <summary>The highest fused score: every weight at full similarity.</summary>
    public float TotalWeight => Question + Ask + Passage + Intent + Words + Competency;
}
