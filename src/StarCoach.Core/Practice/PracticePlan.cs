using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>Where a story stands on the practice schedule.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DueStatus>))]
public enum DueStatus
{
    /// <summary>Practised before and due now (or overdue).</summary>
    Due,

    /// <summary>Never practised: due now, since every story needs a first run before the interview.</summary>
    New,

    /// <summary>Practised and not due yet.</summary>
    Later,
}

/// <summary>One prepared answer on the schedule.</summary>
/// <param name="Card">The FSRS state after the latest practice; null when never practised.</param>
/// <param name="DueAt">When it should be practised next, with the interview-date rule applied; null when never practised (due now).</param>
public sealed record ScheduledStory(Question Question, Answer Answer, CardState? Card, DueStatus Status, DateTimeOffset? DueAt);

/// <summary>Every prepared answer of a bank with when it is due, most urgent first.</summary>
/// <param name="Now">The time the schedule was read at.</param>
/// <param name="Interview">The start of the interview day (local time), when one is set.</param>
/// <param name="Stories">Overdue stories (longest overdue first), then new ones in bank order, then the rest by due date.</param>
public sealed record PracticeSchedule(DateTimeOffset Now, DateTimeOffset? Interview, ImmutableArray<ScheduledStory> Stories)
{
    /// <summary>Stories to practise now: due or never practised.</summary>
    public IEnumerable<ScheduledStory> DueNow => Stories.Where(s => s.Status != DueStatus.Later);

    /// <summary>Stories not due yet, soonest first.</summary>
    public IEnumerable<ScheduledStory> Later => Stories.Where(s => s.Status == DueStatus.Later);

    /// <summary>When the next story not due yet falls due; null when none is waiting.</summary>
    public DateTimeOffset? NextDue => Later.Select(s => s.DueAt).Min();

    /// <summary>
    /// Whole days until the interview (1 on the day before it, 0 on the day itself), counted from the start of the
    /// interview day as <see cref="Interview"/> holds it; null without a date, or once it has passed.
    /// </summary>
    public int? DaysToInterview =>
        Interview is { } interview && Math.Ceiling((interview - Now).TotalDays) is var days && days > -1 ? (int)Math.Max(0, days) : null;
}

/// <summary>One story to practise in a session: the question to ask, the prepared answer to compare with, and the clock.</summary>
/// <param name="BudgetSeconds">The countdown's start: <see cref="PracticeModes.BudgetSeconds"/> of <paramref name="Mode"/>.</param>
public sealed record PracticeItem(Question Question, Answer Answer, PracticeMode Mode, int BudgetSeconds, ScheduledStory Schedule);

/// <summary>What a session practises, in order, and the schedule it was chosen from.</summary>
public sealed record PracticePlan(ImmutableArray<PracticeItem> Items, PracticeSchedule Schedule);
