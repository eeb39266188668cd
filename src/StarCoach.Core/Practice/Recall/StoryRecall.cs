using StarCoach.Core.Banks;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Practice.Recall;

/// <summary>
/// Compares a retelling with the prepared story: which key points, decisions, figures and names were told, missed
/// or changed. A point is told when a sentence of the retelling (or two adjacent ones) says the same by meaning
/// (<see cref="SentenceMeaning"/>, cosine at least <see cref="SentenceMeaning.ToldSimilarity"/>) or, without a model,
/// shares enough of its content word stems; told with another value of one of its figures, it is changed. A figure
/// is told when the retelling has a figure both allow (<see cref="Figure.Agrees"/>: "about 8,000 dollars" for
/// "$8,000", "two engineers" for "2–3 people"), changed when it has another value of that unit about the same thing.
/// </summary>
public static class StoryRecall
{
    /// <summary>Most key points compared: the measured results and the candidate's own actions come first.</summary>
    public const int MaxKeyPoints = 8;

    /// <summary>Most figures compared.</summary>
    public const int MaxFigures = 8;

    /// <summary>Most names compared: the ones the story mentions most.</summary>
    public const int MaxNames = 6;

    /// <summary>Most decisions compared.</summary>
    public const int MaxDecisions = 3;

    /// <summary>Without a model: share of a prepared sentence's content stems a retold sentence must have for the point to count as told.</summary>
    public const double ToldOverlap = 0.4;

    /// <summary>Without a model: however short the point, a retold sentence must share at least this many content stems with it.</summary>
    public const int MinSharedStems = 2;

    private const double ChangedCredit = 0.5;
    private const double NameWeight = 0.5;

    // A figure told in a sentence sharing this many content stems with the prepared one is about the same thing.
    private const int SameTopicStems = 2;

    /// <summary>What the retelling <paramref name="told"/> kept of the prepared answer <paramref name="prepared"/>.</summary>
    /// <param name="meaning">The sentence model; null compares by shared words only.</param>
    public static RecallReport Compare(Answer prepared, string told, SentenceMeaning? meaning = null) =>
        Compare(StoryReading.Of(prepared), StoryReading.OfAttempt(told ?? string.Empty), meaning);

    internal static RecallReport Compare(StoryReading prepared, StoryReading told, SentenceMeaning? meaning, double toldSimilarity = SentenceMeaning.ToldSimilarity)
    {
        var decisions = prepared.Decisions.Take(MaxDecisions).ToList();
        var decisionSentences = decisions.Select(d => d.Sentence).ToHashSet();
        var keyPoints = prepared.KeyPoints
            .Select((point, order) => (Point: point, Order: order))
            .Where(p => !decisionSentences.Contains(p.Point.Sentence))
            .OrderByDescending(p => p.Point.Weight)
            .ThenByDescending(p => p.Point.Stems.Count)
            .ThenBy(p => p.Order)
            .Take(MaxKeyPoints)
            .OrderBy(p => p.Order)
            .Select(p => p.Point)
            .ToList();

        var comparison = new Comparison(prepared, told, meaning, toldSimilarity, keyPoints.Select(p => p.Spoken).Concat(decisions.Select(d => d.Decision.Phrase)));
        var items = new List<(RecallItem Item, double Weight)>();
        for (var k = 0; k < keyPoints.Count; k++)
        {
            var point = keyPoints[k];
            var (status, toldText) = comparison.Match(k, point.Stems, FigureReader.Read(point.Spoken));
            items.Add((new RecallItem(RecallKind.KeyPoint, status, point.Text, prepared.Excerpt(point.Sentence), toldText), 1));
        }

        for (var d = 0; d < decisions.Count; d++)
        {
            var (decision, sentence) = decisions[d];
            var (status, toldText) = comparison.Match(keyPoints.Count + d, RecallStems.Of(decision.Phrase), []);
            items.Add((new RecallItem(RecallKind.Decision, status, decision.Phrase, prepared.Excerpt(sentence), toldText), 1));
        }

        items.AddRange(CompareFigures(comparison));
        items.AddRange(CompareNames(prepared, told));

        var total = items.Sum(i => i.Weight);
        var earned = items.Sum(i => i.Weight * i.Item.Status switch { RecallStatus.Told => 1, RecallStatus.Changed => ChangedCredit, _ => 0 });
        var score = total == 0 ? 1 : Math.Round(earned / total, 3);
        return new RecallReport([.. items.Select(i => i.Item)], score);
    }

    private static IEnumerable<(RecallItem, double)> CompareFigures(Comparison comparison)
    {
        var (prepared, told) = (comparison.Prepared, comparison.Told);

        // The same figure repeated in the story is one fact.
        var distinct = new List<(Figure Figure, int Sentence)>();
        foreach (var figure in prepared.Figures)
        {
            if (!distinct.Any(d => d.Figure.Agrees(figure.Figure)))
            {
                distinct.Add(figure);
            }
        }

        var chosen = distinct
            .Select((f, i) => (f.Figure, f.Sentence, Order: i))
            .OrderByDescending(f => prepared.Sentences[f.Sentence].Weight)
            .ThenBy(f => f.Order)
            .Take(MaxFigures)
            .OrderBy(f => f.Order);

        // A retold figure that matches a prepared one is that one, never another figure "changed".
        var unclaimed = told.Figures.Where(t => !prepared.Figures.Any(p => p.Figure.Agrees(t.Figure))).ToList();
        foreach (var (figure, sentence, _) in chosen)
        {
            var context = prepared.Excerpt(sentence);
            var same = told.Figures.FirstOrDefault(t => t.Figure.Agrees(figure));
            if (same.Figure is not null)
            {
                yield return (new RecallItem(RecallKind.Figure, RecallStatus.Told, figure.Text, context, same.Figure.Text), 1);
                continue;
            }

            var sameUnit = unclaimed.Where(t => t.Figure.SameUnit(figure)).ToList();
            var best = sameUnit
                .Select(t => (Told: t, Topic: comparison.SameTopic(sentence, t.Sentence)))
                .OrderByDescending(t => t.Topic)
                .FirstOrDefault();
            // Without a model to say two sentences are about one thing, the story's only figure of a unit told as the retelling's only one is that one.
            var onlyOne = !comparison.ByMeaning && sameUnit.Count == 1 && distinct.Count(d => d.Figure.SameUnit(figure)) == 1;
            if (best.Told.Figure is not null && (best.Topic || onlyOne))
            {
                yield return (new RecallItem(RecallKind.Figure, RecallStatus.Changed, figure.Text, context, best.Told.Figure.Text), 1);
            }
            else
            {
                yield return (new RecallItem(RecallKind.Figure, RecallStatus.Missed, figure.Text, context, null), 1);
            }
        }
    }

    private static IEnumerable<(RecallItem, double)> CompareNames(StoryReading prepared, StoryReading told)
    {
        var names = prepared.Names
            .OrderByDescending(n => n.Mentions)
            .ThenBy(n => n.Position)
            .Take(MaxNames)
            .OrderBy(n => n.Position)
            .ToList();
        var preparedWords = prepared.Names.SelectMany(n => n.Words).ToHashSet(StringComparer.Ordinal);
        var otherEmployer = StoryNames.Employers(told.Analysis).FirstOrDefault(e => !preparedWords.Contains(e.ToLowerInvariant()));
        foreach (var name in names)
        {
            var context = prepared.Excerpt(name.Sentence);
            if (name.Words.All(told.Words.Contains))
            {
                yield return (new RecallItem(RecallKind.Name, RecallStatus.Told, name.Text, context, name.Text), NameWeight);
            }
            else if (name.IsEmployer && otherEmployer is not null)
            {
                yield return (new RecallItem(RecallKind.Name, RecallStatus.Changed, name.Text, context, otherEmployer), NameWeight);
            }
            else
            {
                yield return (new RecallItem(RecallKind.Name, RecallStatus.Missed, name.Text, context, null), NameWeight);
            }
        }
    }

    /// <summary>
    /// One comparison of a prepared story with a retelling: the retelling's windows (each sentence, and each two
    /// adjacent ones, since people split and merge sentences when they retell) and, with a model, the vectors of
    /// the points and of the windows, embedded in one batch.
    /// </summary>
    private sealed class Comparison
    {
        private readonly List<Window> _windows = [];
        private readonly float[][]? _points;
        private readonly float[][]? _preparedSentences;
        private readonly double _toldSimilarity;

        public Comparison(StoryReading prepared, StoryReading told, SentenceMeaning? meaning, double toldSimilarity, IEnumerable<string> points)
        {
            Prepared = prepared;
            Told = told;
            _toldSimilarity = toldSimilarity;
            float[][]? toldVectors = null;
            if (meaning is not null && told.Sentences.Count > 0)
            {
                var pointTexts = points.ToList();
                var texts = pointTexts.Concat(prepared.Sentences.Select(s => s.Spoken)).Concat(told.Sentences.Select(s => s.Spoken)).ToList();
                var vectors = meaning.Vectors(texts);
                _points = vectors[..pointTexts.Count];
                _preparedSentences = vectors[pointTexts.Count..(pointTexts.Count + prepared.Sentences.Count)];
                toldVectors = vectors[(pointTexts.Count + prepared.Sentences.Count)..];
            }

            for (var s = 0; s < told.Sentences.Count; s++)
            {
                _windows.Add(new Window(told.Sentences[s].Stems, told.Excerpt(s), toldVectors?[s], s, s));
                if (s + 1 < told.Sentences.Count)
                {
                    _windows.Add(new Window(
                        [.. told.Sentences[s].Stems, .. told.Sentences[s + 1].Stems],
                        told.Excerpt(s) + " " + told.Excerpt(s + 1),
                        toldVectors is null ? null : SentenceMeaning.Joined(toldVectors[s], toldVectors[s + 1]),
                        s,
                        s + 1));
                }
            }
        }

        public StoryReading Prepared { get; }

        public StoryReading Told { get; }

        /// <summary>True when points are compared by meaning, false by shared words.</summary>
        public bool ByMeaning => _points is not null;

        /// <summary>Whether point <paramref name="point"/> was told, and the words that told it.</summary>
        public (RecallStatus Status, string? Told) Match(int point, HashSet<string> stems, List<Figure> figures)
        {
            var window = _points is null ? MostSharedWords(stems) : NearestInMeaning(_points[point]);
            if (window is not { } found)
            {
                return (RecallStatus.Missed, null);
            }

            // Told with another value of one of its figures ("cut latency by 40%" for 30%): changed.
            var toldFigures = Told.Figures.Where(f => f.Sentence >= found.First && f.Sentence <= found.Last).Select(f => f.Figure).ToList();
            var changed = figures.Any(f => toldFigures.Any(f.SameUnit) && !toldFigures.Any(f.Agrees));
            return (changed ? RecallStatus.Changed : RecallStatus.Told, found.Text);
        }

        /// <summary>True when prepared sentence <paramref name="prepared"/> and told sentence <paramref name="told"/> are about one thing.</summary>
        public bool SameTopic(int prepared, int told) =>
            _preparedSentences is not null && _windows.First(w => w.First == told && w.Last == told).Vector is { } vector
                ? SentenceMeaning.Similarity(_preparedSentences[prepared], vector) >= _toldSimilarity
                : Told.Sentences[told].Stems.Count(Prepared.Sentences[prepared].Stems.Contains) >= SameTopicStems;

        private Window? NearestInMeaning(float[] point)
        {
            Window? best = null;
            var bestSimilarity = double.NegativeInfinity;
            foreach (var window in _windows)
            {
                var similarity = SentenceMeaning.Similarity(point, window.Vector!);
                if (similarity > bestSimilarity)
                {
                    (best, bestSimilarity) = (window, similarity);
                }
            }

            return bestSimilarity >= _toldSimilarity ? best : null;
        }

        private Window? MostSharedWords(HashSet<string> stems)
        {
            if (stems.Count == 0)
            {
                return null;
            }

            Window? best = null;
            var bestShared = 0;
            foreach (var window in _windows)
            {
                var shared = stems.Count(window.Stems.Contains);
                if (shared > bestShared)
                {
                    (best, bestShared) = (window, shared);
                }
            }

            return bestShared >= MinSharedStems && bestShared >= ToldOverlap * stems.Count ? best : null;
        }

        private sealed record Window(HashSet<string> Stems, string Text, float[]? Vector, int First, int Last);
    }
}
