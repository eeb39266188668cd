using System.Collections.Immutable;
using System.Globalization;
using StarCoach.Core.Banks;
using StarCoach.Core.Matching;
using StarCoach.Core.Practice.Recall;

namespace StarCoach.Core.Competencies;

/// <summary>Builds a <see cref="CoverageReport"/> for a bank under one framework.</summary>
public static class CoverageAnalyzer
{
    /// <summary>From this strength on, a story shows a competency convincingly.</summary>
    public const double StrongThreshold = 0.65;

    /// <summary>From this strength on, a story at least touches a competency.</summary>
    public const double WeakThreshold = 0.35;

    /// <summary>A story answering more distinct questions than this is over-used: interviewers in one loop compare notes.</summary>
    public const int MaxQuestionsPerStory = 2;

    // TF-IDF cosine from which two answers tell the same project, and shingle overlap from which they are the same text.
    private const double SameStorySimilarity = 0.45;
    private const double NearDuplicateSimilarity = 0.5;
    private const int MaxSuggestions = 12;
    private const int MaxLeadingWrites = 5;

    /// <summary>
    /// Builds the report for <paramref name="bank"/> under <paramref name="framework"/>, overrides applied;
    /// <paramref name="meaning"/> (the sentence model and its cache) defaults to the process's shared one.
    /// </summary>
    public static CoverageReport Analyze(Bank bank, CompetencyFramework framework, TagOverrides? overrides = null, SentenceMeaning? meaning = null) =>
        Analyze(bank, new CompetencyTagger([framework], meaning), framework, overrides);

    /// <summary>Builds the report from the tags of <paramref name="tagger"/> (one over <paramref name="framework"/>), embedding new sentences with <paramref name="progress"/>.</summary>
    public static CoverageReport Analyze(Bank bank, CompetencyTagger tagger, CompetencyFramework framework, TagOverrides? overrides = null, IProgress<EmbeddingProgress>? progress = null)
    {
        var tagging = tagger.TagBank(bank, overrides, progress);
        var stories = bank.AllAnswers()
            .Where(qa => qa.Answer.Kind != AnswerKind.Compressed)
            .Select(qa => new CoverageStory(qa.Answer.Id, qa.Question.Id, qa.Question.Text, StoryTitle.Of(qa.Question, qa.Answer), qa.Answer.Kind, qa.Answer.SourceSpan))
            .ToImmutableArray();

        var strength = stories
            .Select(s => framework.Competencies
                .Select(c => tagging.ForAnswer(s.AnswerId).FirstOrDefault(t => t.CompetencyId == c.Id)?.Confidence ?? 0)
                .ToImmutableArray())
            .ToImmutableArray();

        var coverage = framework.Competencies.Select((c, column) => Coverage(c, column, stories, strength)).ToImmutableArray();
        var gaps = coverage
            .Where(c => c.Level != CoverageLevel.Strong)
            .OrderBy(c => c.Best)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new CoverageGap(c.Id, c.Name, c.Level, c.Best, c.BestAnswerId, framework.Find(c.Id)!.TypicalQuestions))
            .ToImmutableArray();

        var answers = bank.AllAnswers().ToList();
        var overused = Overused(answers, stories);
        return new CoverageReport(framework, stories, coverage, strength, gaps, overused, Suggestions(framework, gaps, overused, stories, tagging));
    }

    private static CompetencyCoverage Coverage(Competency competency, int column, ImmutableArray<CoverageStory> stories, ImmutableArray<ImmutableArray<double>> strength)
    {
        var best = 0.0;
        string? bestAnswer = null;
        var strong = 0;
        for (var row = 0; row < stories.Length; row++)
        {
            var value = strength[row][column];
            if (value > best)
            {
                best = value;
                bestAnswer = stories[row].AnswerId;
            }

            if (value >= StrongThreshold)
            {
                strong++;
            }
        }

        var level = best >= StrongThreshold ? CoverageLevel.Strong : best >= WeakThreshold ? CoverageLevel.Weak : CoverageLevel.Missing;
        return new CompetencyCoverage(competency.Id, competency.Name, level, best, bestAnswer, strong);
    }

    private static ImmutableArray<OverusedStory> Overused(List<(Question Question, Answer Answer)> answers, ImmutableArray<CoverageStory> stories)
    {
        var similarity = new StorySimilarity([.. answers.Select(qa => qa.Answer.Text)]);
        var result = ImmutableArray.CreateBuilder<OverusedStory>();

        // Near-identical text: the same words pasted under two questions, or twice under one.
        for (var a = 0; a < answers.Count; a++)
        {
            for (var b = a + 1; b < answers.Count; b++)
            {
                var text = similarity.Text(a, b);
                if (text >= NearDuplicateSimilarity)
                {
                    result.Add(new OverusedStory(
                        [answers[a].Answer.Id, answers[b].Answer.Id],
                        [.. new[] { answers[a].Question.Id, answers[b].Question.Id }.Distinct()],
                        StoryTitle.Of(answers[a].Question, answers[a].Answer),
                        OveruseKind.NearDuplicate,
                        Math.Round(text, 2)));
                }
            }
        }

        // The same project told for many questions: group answers that are alike, count distinct questions.
        var groups = new UnionFind(answers.Count);
        var strongest = new double[answers.Count];
        for (var a = 0; a < answers.Count; a++)
        {
            for (var b = a + 1; b < answers.Count; b++)
            {
                var topic = similarity.Topic(a, b);
                if (topic >= SameStorySimilarity)
                {
                    groups.Union(a, b);
                    strongest[a] = Math.Max(strongest[a], topic);
                    strongest[b] = Math.Max(strongest[b], topic);
                }
            }
        }

        foreach (var group in Enumerable.Range(0, answers.Count).GroupBy(groups.Find))
        {
            var members = group.ToList();
            var questions = members.Select(i => answers[i].Question.Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
            if (questions.Length <= MaxQuestionsPerStory)
            {
                continue;
            }

            var lead = members.FirstOrDefault(i => stories.Any(s => s.AnswerId == answers[i].Answer.Id), members[0]);
            result.Add(new OverusedStory(
                [.. members.Select(i => answers[i].Answer.Id)],
                questions,
                StoryTitle.Of(answers[lead].Question, answers[lead].Answer),
                OveruseKind.SameStory,
                Math.Round(members.Min(i => strongest[i]), 2)));
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<CoverageSuggestion> Suggestions(
        CompetencyFramework framework,
        ImmutableArray<CoverageGap> gaps,
        ImmutableArray<OverusedStory> overused,
        ImmutableArray<CoverageStory> stories,
        BankCompetencies tagging)
    {
        var suggestions = new List<CoverageSuggestion>();
        foreach (var gap in gaps.Where(g => g.Level == CoverageLevel.Missing))
        {
            var example = gap.TypicalQuestions.FirstOrDefault();
            suggestions.Add(new CoverageSuggestion(
                SuggestionKind.Write,
                $"Write a story that shows {gap.Name}{(example is null ? "." : $"; it would answer \u201c{example}\u201d")}",
                gap.CompetencyId,
                null));
        }

        foreach (var gap in gaps.Where(g => g.Level == CoverageLevel.Weak && g.BestAnswerId is not null))
        {
            var story = stories.First(s => s.AnswerId == gap.BestAnswerId);
            var competency = framework.Find(gap.CompetencyId)!;
            var found = tagging.ForAnswer(story.AnswerId).FirstOrDefault(t => t.CompetencyId == gap.CompetencyId)?.Evidence
                .SelectMany(e => e.Cues).ToHashSet(StringComparer.Ordinal) ?? [];
            var missing = competency.Cues.Where(c => !found.Contains(c)).Take(3).Select(c => $"\u201c{c}\u201d");
            suggestions.Add(new CoverageSuggestion(
                SuggestionKind.Strengthen,
                $"Strengthen \u201c{story.Title}\u201d for {gap.Name} (now {gap.Best.ToString("0.00", CultureInfo.InvariantCulture)}): say what you did that shows it, e.g. {string.Join(", ", missing)}.",
                gap.CompetencyId,
                story.AnswerId));
        }

        foreach (var story in overused)
        {
            var message = story.Kind == OveruseKind.NearDuplicate
                ? story.QuestionIds.Length == 1
                    ? $"\u201c{story.Title}\u201d appears twice under the same question in nearly the same words; keep one version."
                    : $"\u201c{story.Title}\u201d is pasted under {story.QuestionIds.Length} questions in nearly the same words; tailor each telling to its question."
                : $"\u201c{story.Title}\u201d answers {story.QuestionIds.Length} questions; prepare a different story for some of them.";
            suggestions.Add(new CoverageSuggestion(SuggestionKind.Vary, message, null, story.AnswerIds[0]));
        }

        // A long list of stories to write must not crowd out the other advice: the first few, then the rest.
        var writes = suggestions.Where(s => s.Kind == SuggestionKind.Write).ToList();
        var others = suggestions.Where(s => s.Kind != SuggestionKind.Write).OrderBy(s => s.Kind == SuggestionKind.Vary ? 0 : 1);
        return [.. writes.Take(MaxLeadingWrites).Concat(others).Concat(writes.Skip(MaxLeadingWrites)).Take(MaxSuggestions)];
    }

    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, count)];

        public int Find(int x)
        {
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b) => _parent[Find(a)] = Find(b);
    }
}
