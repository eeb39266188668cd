using StarCoach.Core.Banks;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Practice.Recall;

/// <summary>
/// Compares a retelling with the prepared story: which key points, decisions, figures and names were told, missed
/// or changed. Deterministic and explainable: a sentence counts as told when a sentence of the retelling (or two
/// adjacent ones) shares at least half of its content word stems; a figure when the retelling has the same quantity
/// in the same unit, and changed when it has another value of that unit in a sentence about the same thing.
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

    /// <summary>Share of a prepared sentence's content stems a retold sentence must have for the point to count as told.</summary>
    public const double ToldOverlap = 0.4;

    /// <summary>However short the point, a retold sentence must share at least this many content stems with it.</summary>
    public const int MinSharedStems = 2;

    private const double ChangedCredit = 0.5;
    private const double NameWeight = 0.5;

    // A figure told in a sentence sharing this many content stems with the prepared one is about the same thing.
    private const int SameTopicStems = 2;

    /// <summary>What the retelling <paramref name="told"/> kept of the prepared answer <paramref name="prepared"/>.</summary>
    public static RecallReport Compare(Answer prepared, string told) =>
        Compare(StoryReading.Of(prepared), StoryReading.OfAttempt(told ?? string.Empty));

    internal static RecallReport Compare(StoryReading prepared, StoryReading told)
    {
        var windows = Windows(told);
        var items = new List<(RecallItem Item, double Weight)>();
        var decisionSentences = new HashSet<int>();
        foreach (var (decision, sentence) in prepared.Decisions.Take(MaxDecisions))
        {
            decisionSentences.Add(sentence);
            var (status, toldText) = MatchPoint(RecallStems.Of(decision.Phrase), windows);
            items.Add((new RecallItem(RecallKind.Decision, status, decision.Phrase, prepared.Excerpt(sentence), toldText), 1));
        }

        var keyPoints = prepared.KeyPoints
            .Select((point, order) => (Point: point, Order: order))
            .Where(p => !decisionSentences.Contains(p.Point.Sentence))
            .OrderByDescending(p => p.Point.Weight)
            .ThenByDescending(p => p.Point.Stems.Count)
            .ThenBy(p => p.Order)
            .Take(MaxKeyPoints)
            .OrderBy(p => p.Order);
        var keyItems = new List<(RecallItem, double)>();
        foreach (var (point, _) in keyPoints)
        {
            var (status, toldText) = MatchPoint(point.Stems, windows);
            keyItems.Add((new RecallItem(RecallKind.KeyPoint, status, point.Text, prepared.Excerpt(point.Sentence), toldText), 1));
        }

        items.InsertRange(0, keyItems);
        items.AddRange(CompareFigures(prepared, told));
        items.AddRange(CompareNames(prepared, told));

        var total = items.Sum(i => i.Weight);
        var earned = items.Sum(i => i.Weight * i.Item.Status switch { RecallStatus.Told => 1, RecallStatus.Changed => ChangedCredit, _ => 0 });
        var score = total == 0 ? 1 : Math.Round(earned / total, 3);
        return new RecallReport([.. items.Select(i => i.Item)], score);
    }

    private static List<(HashSet<string> Stems, string Text)> Windows(StoryReading told)
    {
        var windows = new List<(HashSet<string>, string)>();
        for (var s = 0; s < told.Sentences.Count; s++)
        {
            windows.Add((told.Sentences[s].Stems, told.Excerpt(s)));
            if (s + 1 < told.Sentences.Count)
            {
                // People split and merge sentences when they retell: a point may span two.
                windows.Add(([.. told.Sentences[s].Stems, .. told.Sentences[s + 1].Stems], told.Excerpt(s) + " " + told.Excerpt(s + 1)));
            }
        }

        return windows;
    }

    private static (RecallStatus Status, string? Told) MatchPoint(HashSet<string> stems, List<(HashSet<string> Stems, string Text)> windows)
    {
        if (stems.Count == 0)
        {
            return (RecallStatus.Missed, null);
        }

        var best = 0;
        string? bestText = null;
        foreach (var (windowStems, text) in windows)
        {
            var shared = stems.Count(windowStems.Contains);
            if (shared > best)
            {
                best = shared;
                bestText = text;
            }
        }

        return best >= MinSharedStems && best >= ToldOverlap * stems.Count ? (RecallStatus.Told, bestText) : (RecallStatus.Missed, null);
    }

    private static IEnumerable<(RecallItem, double)> CompareFigures(StoryReading prepared, StoryReading told)
    {
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

        // A retold figure that matches a prepared one exactly is that one, never another figure "changed".
        var unclaimed = told.Figures.Where(t => !prepared.Figures.Any(p => p.Figure.Agrees(t.Figure))).ToList();
        foreach (var (figure, sentence, _) in chosen)
        {
            var context = prepared.Excerpt(sentence);
            var exact = told.Figures.FirstOrDefault(t => t.Figure.Agrees(figure));
            if (exact.Figure is not null)
            {
                yield return (new RecallItem(RecallKind.Figure, RecallStatus.Told, figure.Text, context, exact.Figure.Text), 1);
                continue;
            }

            var sameUnit = unclaimed.Where(t => t.Figure.SameUnit(figure)).ToList();
            var preparedStems = prepared.Sentences[sentence].Stems;
            var best = sameUnit
                .Select(t => (Told: t, Shared: told.Sentences[t.Sentence].Stems.Count(preparedStems.Contains)))
                .OrderByDescending(t => t.Shared)
                .FirstOrDefault();
            var onlyOne = sameUnit.Count == 1 && distinct.Count(d => d.Figure.SameUnit(figure)) == 1;
            if (best.Told.Figure is not null && (best.Shared >= SameTopicStems || onlyOne))
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
}
