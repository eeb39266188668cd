using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Practice.Progress;

/// <summary>One day of a progress series.</summary>
/// <param name="Day">The calendar day (local time).</param>
/// <param name="Value">The day's average.</param>
/// <param name="Attempts">How many attempts the average is over.</param>
public sealed record ProgressPoint(DateOnly Day, double Value, int Attempts);

/// <summary>A score over time, one point per day with attempts.</summary>
/// <param name="Key">A stable key (<c>overall</c>, <c>structure</c>, <c>amazon/ownership</c>).</param>
/// <param name="Name">What to call it.</param>
public sealed record ProgressSeries(string Key, string Name, ImmutableArray<ProgressPoint> Points)
{
    /// <summary>The latest day's value; null when there is none.</summary>
    public double? Latest => Points.IsEmpty ? null : Points[^1].Value;

    /// <summary>The first day's value; null when there is none.</summary>
    public double? First => Points.IsEmpty ? null : Points[0].Value;
}

/// <summary>How the stories that show one competency are going.</summary>
/// <param name="Stories">Stories in the bank that show it (at least weakly).</param>
/// <param name="Attempts">Main attempts at those stories.</param>
/// <param name="Scores">Average overall score (0–100) per day of those attempts.</param>
public sealed record CompetencyProgress(string Framework, string Id, string Name, int Stories, int Attempts, ProgressSeries Scores);

/// <summary>Practice on one day.</summary>
/// <param name="Attempts">Stories told.</param>
/// <param name="ProbeAnswers">Follow-up probes answered.</param>
public sealed record DayActivity(DateOnly Day, int Attempts, int ProbeAnswers);

/// <summary>A prepared answer, for lists.</summary>
/// <param name="Name">The story's title, and which of its question's stories it is.</param>
public sealed record StoryRef(string QuestionId, string AnswerId, string Question, string? Category, StoryName Name);

/// <summary>How often answers run past their time budget.</summary>
/// <param name="Attempts">Main attempts.</param>
/// <param name="OverBudget">Main attempts that ran past their budget.</param>
/// <param name="AverageOverrunSeconds">Average overrun of those that ran over; 0 when none did.</param>
/// <param name="WorstOverrunSeconds">The longest overrun; 0 when none.</param>
/// <param name="OverrunPerDay">Average overrun in seconds per day, over all main attempts of the day.</param>
public sealed record TimeOverBudget(int Attempts, int OverBudget, double AverageOverrunSeconds, double WorstOverrunSeconds, ProgressSeries OverrunPerDay);

/// <summary>Practice progress on a bank.</summary>
/// <param name="Stories">Prepared (main) answers in the bank.</param>
/// <param name="StoriesPractised">Of those, how many have been practised at least once.</param>
/// <param name="Attempts">Main attempts (stories told).</param>
/// <param name="ProbeAnswers">Follow-up probes answered.</param>
/// <param name="Overall">Average overall score (0–100) per day.</param>
/// <param name="Recall">Average recall (0–100 % of the prepared story) per day.</param>
/// <param name="Dimensions">Average rubric level (1 Poor … 4 Outstanding) per day, one series per dimension.</param>
/// <param name="Framework">The competency framework of <paramref name="Competencies"/>.</param>
/// <param name="Competencies">Every competency of the framework, in its order.</param>
/// <param name="Days">Practice per day, oldest first.</param>
/// <param name="NeverPractised">Stories with no attempt yet, in bank order.</param>
public sealed record ProgressReport(
    int Stories,
    int StoriesPractised,
    int Attempts,
    int ProbeAnswers,
    ProgressSeries Overall,
    ProgressSeries Recall,
    ImmutableArray<ProgressSeries> Dimensions,
    string Framework,
    ImmutableArray<CompetencyProgress> Competencies,
    ImmutableArray<DayActivity> Days,
    ImmutableArray<StoryRef> NeverPractised,
    TimeOverBudget TimeOverBudget);
