using System.Buffers;
using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// Everything needed to find the stories of a bank that fit a new question, offline: a BM25F index over word
/// stems (the answer and the question it answers), sentence-embedding vectors (the question, its ask without the
/// "Tell me about a time…" formula, and passages of the answer, all int8; an int8 answer-level vector for choosing
/// candidates in large indexes), the kind of question each story was prepared for (a profile over
/// <see cref="QuestionIntents"/>), and each answer's competencies. Build once per bank (vectors come from the
/// cache when the text is unchanged), then call <see cref="Match(string, int, CancellationToken)"/> for each
/// question. Thread-safe for matching.
/// </summary>
/// <remarks>
/// The parts: <see cref="StoryVectors"/> (where vectors come from), <see cref="IntentSpaces"/> (the intent space,
/// shared between indexes of one model), <see cref="StoryIndexBuilder"/>, <see cref="FusedScorer"/>,
/// <see cref="MatchExplainer"/> and <see cref="MatchTuning"/>.
/// </remarks>
public sealed class StoryIndex
{
    /// <summary>Texts embedded per call to the model: big enough to batch, small enough for a smooth progress bar.</summary>
    public const int BatchSize = StoryVectors.BatchSize;

    private readonly IEmbedder _embedder;
    private readonly IEmbeddingCache _cache;
    private readonly CompetencyTagger _tagger;
    private readonly IntentSpace _intents;
    private readonly MatchTuning _tuning;
    private readonly LexicalIndex _lexical;
    private readonly FusedScorer _scorer;
    private readonly MatchExplainer _explainer;

    internal StoryIndex(IEmbedder embedder, IEmbeddingCache cache, CompetencyTagger tagger, IntentSpace intents, MatchTuning tuning, IndexedStories stories, LexicalIndex lexical)
    {
        _embedder = embedder;
        _cache = cache;
        _tagger = tagger;
        _intents = intents;
        _tuning = tuning;
        _lexical = lexical;
        Stories = stories;
        _scorer = new FusedScorer(stories, tuning);
        _explainer = new MatchExplainer(stories, lexical, tagger, intents, tuning);
    }

    /// <summary>Number of answers indexed.</summary>
    public int Count => Stories.Count;

    /// <summary>What the index holds of its stories.</summary>
    internal IndexedStories Stories { get; }

    /// <summary>How many texts of <paramref name="bank"/> are not in <paramref name="cache"/> yet (what <see cref="Build(Bank, IEmbedder, IEmbeddingCache, IProgress{EmbeddingProgress}?, CancellationToken)"/> will embed).</summary>
    public static int CountMissing(Bank bank, IEmbedder embedder, IEmbeddingCache cache) =>
        StoryVectors.CountMissing(
            StoryIndexBuilder.Texts(StoryIndexBuilder.Sources(bank)).Concat(IntentSpaces.Shared.TextsToEmbed(embedder, MatchTuning.Default)),
            embedder,
            cache);

    /// <summary>
    /// Indexes every answer of <paramref name="bank"/>, embedding the texts missing from <paramref name="cache"/>;
    /// <paramref name="progress"/> hears of the texts embedded (<see cref="IndexStage.Embedding"/>), then of the
    /// stories indexed (<see cref="IndexStage.Indexing"/>).
    /// </summary>
    public static StoryIndex Build(
        Bank bank,
        IEmbedder embedder,
        IEmbeddingCache cache,
        IProgress<EmbeddingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Build(bank, embedder, cache, MatchTuning.Default, IntentSpaces.Shared, progress, cancellationToken);

    /// <summary><see cref="Build(Bank, IEmbedder, IEmbeddingCache, IProgress{EmbeddingProgress}?, CancellationToken)"/> with other weights (the match lab) and intent spaces.</summary>
    internal static StoryIndex Build(
        Bank bank,
        IEmbedder embedder,
        IEmbeddingCache cache,
        MatchTuning tuning,
        IntentSpaces intents,
        IProgress<EmbeddingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var sources = StoryIndexBuilder.Sources(bank);
        var vectors = StoryVectors.Embed(StoryIndexBuilder.Texts(sources).Concat(intents.TextsToEmbed(embedder, tuning)), embedder, cache, progress, cancellationToken);
        return new StoryIndexBuilder(embedder, cache, intents, tuning).Build(sources, text => vectors[text], progress, cancellationToken);
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
        if (Stories.Count == 0 || top <= 0 || string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var askText = QuestionCore.Of(question);
        var embedded = StoryVectors.Embed([question, askText], _embedder, _cache, null, cancellationToken);
        var questionVector = _intents.Whiten(embedded[question]);
        var askVector = _intents.Whiten(embedded[askText]);
        var query = new MatchQuery(
            questionVector,
            askVector,
            [.. TextTerms.ContentStems(question).Distinct(StringComparer.Ordinal)],
            _tagger.QuestionVector(question),
            IntentSpaces.Profile(questionVector, askVector, _intents, _tuning));

        var count = Stories.Count;
        var lexical = ArrayPool<float>.Shared.Rent(count);
        try
        {
            Array.Clear(lexical, 0, count);
            _lexical.Score(query.Stems, lexical);
            var candidates = _scorer.Candidates(query, lexical, top, scoreEveryStory);
            var scored = _scorer.Score(query, candidates, lexical);
            return _explainer.Explain(query, scored, top);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(lexical);
        }
    }
}
