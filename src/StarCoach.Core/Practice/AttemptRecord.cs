using System.Collections.Immutable;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>A stored practice attempt, as history and progress read it: a main attempt or the answer to one of its probes.</summary>
/// <param name="Id">The attempt's id in the database.</param>
/// <param name="QuestionId">The question asked (<c>q-…</c>).</param>
/// <param name="AnswerId">The prepared answer practised (<c>a-…</c>).</param>
/// <param name="ParentAttemptId">For the answer to a probe: the main attempt it follows up; null for a main attempt.</param>
/// <param name="Probe">For the answer to a probe: the probe asked.</param>
/// <param name="OverallScore">The review's overall score, 0–100.</param>
/// <param name="RecallScore">The recall score, 0–1 (0 for probe answers).</param>
/// <param name="Grade">The FSRS grade the schedule has: StarCoach's, or the candidate's when they changed it; null for probe answers.</param>
/// <param name="Review">The review as it was at the time; null when it could not be read back.</param>
/// <param name="Recall">The recall comparison; null for probe answers or when it could not be read back.</param>
/// <param name="Probes">The probes the main attempt raised, in the order they are asked; empty for probe answers.</param>
public sealed record AttemptRecord(
    Guid Id,
    string QuestionId,
    string AnswerId,
    Guid? ParentAttemptId,
    string? Probe,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    double BudgetSeconds,
    PracticeMode Mode,
    string Text,
    int OverallScore,
    double RecallScore,
    Grade? Grade,
    AnswerReview? Review,
    RecallReport? Recall,
    ImmutableArray<Probe> Probes)
{
    /// <summary>True for the answer to a follow-up probe.</summary>
    public bool IsProbeAnswer => ParentAttemptId is not null;

    /// <summary>Seconds past the budget; 0 when within it.</summary>
    public double OverrunSeconds => Math.Max(0, DurationSeconds - BudgetSeconds);

    /// <summary>The grade StarCoach gave, when the candidate changed it to <see cref="Grade"/>; null when they kept it.</summary>
    public Grade? SuggestedGrade { get; init; }

    /// <summary>The explanation stored with the attempt when it was graded (or its grade changed).</summary>
    public string? StoredExplanation { get; init; }

    /// <summary>
    /// Why the attempt got its grade, in one sentence: as stored, or for attempts stored before explanations were, worked
    /// out again from its scores; null for probe answers or when the recall could not be read back.
    /// </summary>
    public string? Explanation =>
        StoredExplanation ?? (Grade is { } grade && Recall is { } recall && BudgetSeconds > 0 && OverallScore is >= 0 and <= 100
            ? GradeExplanation.For(GradeMapper.Decide(OverallScore, Math.Clamp(RecallScore, 0, 1), OverrunSeconds, BudgetSeconds), OverallScore, recall, OverrunSeconds, BudgetSeconds, SuggestedGrade is null ? null : grade)
            : null);
}
