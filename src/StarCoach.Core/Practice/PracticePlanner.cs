using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>
/// Chooses what to practise and when: one FSRS card per prepared answer (main answers, not follow-up answers),
/// due dates that respect the interview date, and the next card state after an attempt. Deterministic; "now" and
/// the calendar (local time zone) come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class PracticePlanner
{
    private readonly TimeProvider _time;
    private readonly FsrsScheduler _scheduler;
    private readonly FsrsParameters? _parameters;

    /// <param name="time">The clock; its local time zone decides where an interview day starts.</param>
    /// <param name="parameters">FSRS parameters; the defaults when omitted.</param>
    public PracticePlanner(TimeProvider time, FsrsParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _parameters = parameters;
        _scheduler = new FsrsScheduler(time, parameters);
    }

    /// <summary>
    /// The instant an interview on <paramref name="date"/> is treated as: the start of that day in local time. Earlier
    /// than any real interview time, so "practise the day before" always lands before the interview.
    /// </summary>
    public DateTimeOffset? InterviewStart(DateOnly? date)
    {
        if (date is not { } day)
        {
            return null;
        }

        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _time.LocalTimeZone.GetUtcOffset(local));
    }

    /// <summary>The card after an attempt graded <paramref name="grade"/> now: due no later than the interview allows.</summary>
    public CardState NextCard(CardState? card, Grade grade, DateOnly? interviewDate) =>
        _scheduler.Review(card, grade, InterviewStart(interviewDate));

    /// <summary>
    /// The card had the review at <paramref name="reviewedAt"/> been graded <paramref name="grade"/>: what replaces that
    /// review when the candidate changes its grade, from the card as it was before it (<paramref name="before"/>).
    /// </summary>
    public CardState Regrade(CardState? before, Grade grade, DateTimeOffset reviewedAt, DateOnly? interviewDate) =>
        new FsrsScheduler(new ReviewClock(reviewedAt, _time.LocalTimeZone), _parameters).Review(before, grade, InterviewStart(interviewDate));

    /// <summary>Every main answer of <paramref name="bank"/> with its due date, most urgent first.</summary>
    /// <param name="cards">Card states by answer id (<c>a-…</c>); answers without one have never been practised.</param>
    public PracticeSchedule Schedule(Bank bank, IReadOnlyDictionary<string, CardState> cards, DateOnly? interviewDate)
    {
        var now = _time.GetUtcNow();
        var interview = InterviewStart(interviewDate);
        var stories = new List<(ScheduledStory Story, int Order)>();
        foreach (var (question, answer) in bank.AllAnswers())
        {
            var card = cards.GetValueOrDefault(answer.Id);
            ScheduledStory story;
            if (card is null)
            {
                story = new ScheduledStory(question, answer, null, DueStatus.New, null);
            }
            else
            {
                // A card reviewed before the interview date was set may be due after it; apply the rule it would have had.
                var due = FsrsScheduler.DueBeforeInterview(card.Due, card.LastReview, interview);
                story = new ScheduledStory(question, answer, card, due <= now ? DueStatus.Due : DueStatus.Later, due);
            }

            stories.Add((story, stories.Count));
        }

        var ordered = stories
            .OrderBy(s => s.Story.Status switch { DueStatus.Due => 0, DueStatus.New => 1, _ => 2 })
            .ThenBy(s => s.Story.DueAt ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.Order)
            .Select(s => s.Story);
        return new PracticeSchedule(now, interview, [.. ordered]);
    }

    /// <summary>
    /// The stories of a session. Without a criterion in <paramref name="filter"/>, what is due now (overdue first, then
    /// never practised); with one, every matching story, due ones first. At most <see cref="PracticeFilter.Count"/>,
    /// none of <see cref="PracticeFilter.Done"/>, questions not asked yet in the session first, and never one question
    /// twice in a row when another can go between (<see cref="Spaced"/>).
    /// </summary>
    /// <param name="tags">Competency tags with the user's overrides, for a competency filter; tagged here when null.</param>
    public PracticePlan Plan(Bank bank, IReadOnlyDictionary<string, CardState> cards, PracticeFilter filter, DateOnly? interviewDate, BankCompetencies? tags = null)
    {
        var schedule = Schedule(bank, cards, interviewDate);
        IEnumerable<ScheduledStory> chosen = schedule.Stories;
        if (filter.SelectsDueOnly)
        {
            chosen = schedule.DueNow;
        }
        else
        {
            if (!filter.AnswerIds.IsDefaultOrEmpty)
            {
                var byId = schedule.Stories.GroupBy(s => s.Answer.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                chosen = filter.AnswerIds.Distinct(StringComparer.Ordinal).Where(byId.ContainsKey).Select(id => byId[id]);
            }

            if (filter.Category is { } category)
            {
                chosen = chosen.Where(s => string.Equals(s.Question.Category?.Trim(), category.Trim(), StringComparison.OrdinalIgnoreCase));
            }

            if (filter.Competency is { } competency)
            {
                tags ??= new CompetencyTagger([CompetencyFrameworks.Get(competency.Framework)]).TagBank(bank);
                chosen = chosen.Where(s => Shows(tags.ForAnswer(s.Answer.Id), competency));
            }

            if (filter.NewOnly)
            {
                chosen = chosen.Where(s => s.Card is null);
            }
        }

        if (!filter.Done.IsDefaultOrEmpty)
        {
            var done = filter.Done.ToHashSet(StringComparer.Ordinal);
            chosen = chosen.Where(s => !done.Contains(s.Answer.Id));
        }

        var count = filter.Count ?? (filter.AnswerIds.IsDefaultOrEmpty ? PracticeFilter.DefaultCount : filter.AnswerIds.Length);
        var items = Spaced(chosen, AskedQuestions(schedule, filter)).Take(Math.Max(count, 0)).Select(s =>
        {
            var mode = filter.Mode ?? PracticeModes.DefaultFor(s.Answer);
            return new PracticeItem(s.Question, s.Answer, mode, PracticeModes.BudgetSeconds(mode, filter.Level), s);
        });
        return new PracticePlan([.. items], schedule);
    }

    /// <summary>
    /// <paramref name="stories"/> in their order, except that a story waits while a story of a question not asked yet in
    /// the session is left, and never follows a story of its own question when another can go between: three stories
    /// of one question come one after another only when nothing else is left.
    /// </summary>
    /// <param name="asked">The questions the session has asked so far, the last one last.</param>
    internal static IEnumerable<ScheduledStory> Spaced(IEnumerable<ScheduledStory> stories, IReadOnlyList<string> asked)
    {
        var waiting = stories.ToList();
        var seen = asked.ToHashSet(StringComparer.Ordinal);
        var previous = asked.Count > 0 ? asked[^1] : null;
        while (waiting.Count > 0)
        {
            var next = waiting.FindIndex(s => !seen.Contains(s.Question.Id));
            if (next < 0)
            {
                next = Math.Max(0, waiting.FindIndex(s => !string.Equals(s.Question.Id, previous, StringComparison.Ordinal)));
            }

            var story = waiting[next];
            waiting.RemoveAt(next);
            previous = story.Question.Id;
            seen.Add(previous);
            yield return story;
        }
    }

    /// <summary>The questions of the session's done stories, in order, with the question of <see cref="PracticeFilter.After"/> last.</summary>
    private static List<string> AskedQuestions(PracticeSchedule schedule, PracticeFilter filter)
    {
        var questionOf = schedule.Stories.GroupBy(s => s.Answer.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Question.Id, StringComparer.Ordinal);
        var done = filter.Done.IsDefaultOrEmpty ? [] : filter.Done.AsEnumerable();
        var told = filter.After is { } after ? done.Where(id => id != after).Append(after) : done;
        return [.. told.Where(questionOf.ContainsKey).Select(id => questionOf[id])];
    }

    /// <summary>The category headings of <paramref name="bank"/>, in bank order, for filters and help text.</summary>
    public static ImmutableArray<string> Categories(Bank bank) =>
        [.. bank.Questions.Select(q => q.Category?.Trim()).OfType<string>().Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>True when the tags show the competency at least weakly, the level coverage counts.</summary>
    internal static bool Shows(ImmutableArray<CompetencyMatch> tags, CompetencyRef competency) =>
        tags.Any(t => t.Framework == competency.Framework && t.CompetencyId == competency.Id && t.Confidence >= CoverageAnalyzer.WeakThreshold);
}
