using System.Collections.Immutable;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>Everything the coach says about one timed attempt at a prepared story.</summary>
/// <param name="QuestionId">The question asked (<c>q-…</c>).</param>
/// <param name="AnswerId">The prepared answer practised (<c>a-…</c>): its schedule card is the one graded.</param>
/// <param name="Answer">What was said and how long it took.</param>
/// <param name="BudgetSeconds">The time budget of the mode.</param>
/// <param name="Review">The review of what was said, as an answer of the prepared answer's kind (or compressed).</param>
/// <param name="Recall">What the attempt kept of the prepared story.</param>
/// <param name="Grade">The FSRS grade from <see cref="GradeMapper.Decide"/>: overall score, recall score and overrun.</param>
/// <param name="Probes">One or two follow-up questions to ask in turn.</param>
public sealed record AttemptResult(
    string QuestionId,
    string AnswerId,
    PracticeMode Mode,
    TimedAnswer Answer,
    int BudgetSeconds,
    AnswerReview Review,
    RecallReport Recall,
    Grade Grade,
    ImmutableArray<Probe> Probes)
{
    /// <summary>Seconds past the budget; 0 when within it.</summary>
    public double OverrunSeconds => Answer.OverrunSeconds(BudgetSeconds);

    /// <summary>The rule of <see cref="GradeMapper"/> that gave <see cref="Grade"/>.</summary>
    public GradeDecision Decision => GradeMapper.Decide(Review.Overall, Recall.Score, OverrunSeconds, BudgetSeconds);

    /// <summary>Why the attempt got its grade, in one sentence (<see cref="GradeExplanation"/>).</summary>
    public string Explanation => GradeExplanation.For(Decision, Review.Overall, Recall, OverrunSeconds, BudgetSeconds);
}

/// <summary>The review of the answer to one follow-up probe.</summary>
/// <param name="Review">The answer reviewed as a follow-up answer: an explanation, judged without the STAR rules.</param>
public sealed record ProbeResult(Probe Probe, TimedAnswer Answer, int BudgetSeconds, AnswerReview Review)
{
    /// <summary>Seconds past the budget; 0 when within it.</summary>
    public double OverrunSeconds => Answer.OverrunSeconds(BudgetSeconds);
}
