namespace StarCoach.Core.Scheduling;

/// <summary>Turns the recall and the review of one practice attempt into an FSRS <see cref="Grade"/>.</summary>
/// <remarks>
/// <para>The rules, checked in this order (the first that matches wins):</para>
/// <list type="number">
/// <item><b>Again</b> if recall &lt; 0.4, or overall &lt; 35.</item>
/// <item><b>Hard</b> if recall &lt; 0.65, or overall &lt; 50, or overrun &gt; 25 % of the time budget.</item>
/// <item><b>Easy</b> if recall ≥ 0.9 and overall ≥ 80 and no overrun at all.</item>
/// <item><b>Good</b> otherwise.</item>
/// </list>
/// <para>
/// Why: FSRS grades describe memory, so recall (the share of the prepared story that was told, by meaning) carries
/// the most weight and is checked first. Below 0.4 the story was effectively forgotten; an overall score under 35
/// means the telling would not have worked in an interview either way; both must come back soon, which is what
/// Again (a lapse) does. Between that and a solid telling (recall 0.65, overall 50) the story is there but shaky:
/// Hard keeps the next interval short. The review's thresholds sit lower than a "good answer" on purpose: a faithful
/// retelling of a prepared story is remembered, even when the story itself still has findings to fix, and grading it
/// Hard would schedule memory practice for what is a writing problem. Running more than 25 % over the budget is
/// Hard rather than Again: nothing was forgotten, but a rambling answer needs practice soon. Easy lengthens
/// intervals the most, so it requires near-complete recall, a strong score and finishing within the budget; an
/// answer that is good but not all three is Good, the grade FSRS expects most often.
/// </para>
/// </remarks>
public static class GradeMapper
{
    private const double ForgottenRecall = 0.4;
    private const int UnusableScore = 35;
    private const double ShakyRecall = 0.65;
    private const int ShakyScore = 50;
    private const double OverrunShare = 0.25;
    private const int EasyScore = 80;
    private const double EasyRecall = 0.9;

    /// <summary>Maps one attempt to a grade using the rules in the remarks.</summary>
    /// <param name="overallScore0to100">The attempt's overall score, 0 to 100.</param>
    /// <param name="recall0to1">The share of the story's key points that were told, 0 to 1.</param>
    /// <param name="overrunSeconds">Seconds spent beyond the budget; zero or negative means within it.</param>
    /// <param name="budgetSeconds">The time budget for the answer, in seconds; must be positive.</param>
    public static Grade FromAttempt(int overallScore0to100, double recall0to1, double overrunSeconds, double budgetSeconds) =>
        Decide(overallScore0to100, recall0to1, overrunSeconds, budgetSeconds).Grade;

    /// <summary>The grade of <see cref="FromAttempt"/> with the rule that gave it, so the grade can be explained.</summary>
    public static GradeDecision Decide(int overallScore0to100, double recall0to1, double overrunSeconds, double budgetSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(overallScore0to100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(overallScore0to100, 100);
        if (!(recall0to1 is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(recall0to1), recall0to1, "Must be between 0 and 1.");
        }

        if (!double.IsFinite(overrunSeconds))
        {
            throw new ArgumentOutOfRangeException(nameof(overrunSeconds), overrunSeconds, "Must be a finite number.");
        }

        if (!(budgetSeconds > 0 && double.IsFinite(budgetSeconds)))
        {
            throw new ArgumentOutOfRangeException(nameof(budgetSeconds), budgetSeconds, "Must be a positive finite number.");
        }

        // Recall is checked before the score at each level: the grade is about memory first.
        return recall0to1 < ForgottenRecall ? new(Grade.Again, GradeRule.Forgotten)
            : overallScore0to100 < UnusableScore ? new(Grade.Again, GradeRule.Unusable)
            : recall0to1 < ShakyRecall ? new(Grade.Hard, GradeRule.ShakyRecall)
            : overallScore0to100 < ShakyScore ? new(Grade.Hard, GradeRule.ShakyAnswer)
            : overrunSeconds > OverrunShare * budgetSeconds ? new(Grade.Hard, GradeRule.Overrun)
            : overallScore0to100 >= EasyScore && recall0to1 >= EasyRecall && overrunSeconds <= 0 ? new(Grade.Easy, GradeRule.Excellent)
            : new(Grade.Good, GradeRule.Solid);
    }
}

/// <summary>Which rule of <see cref="GradeMapper"/> gave a grade.</summary>
public enum GradeRule
{
    /// <summary>Again: recall under 0.4, the story was effectively forgotten.</summary>
    Forgotten,

    /// <summary>Again: overall under 45, the answer would not work in an interview.</summary>
    Unusable,

    /// <summary>Hard: recall under 0.65.</summary>
    ShakyRecall,

    /// <summary>Hard: overall under 65.</summary>
    ShakyAnswer,

    /// <summary>Hard: more than 25 % over the time budget.</summary>
    Overrun,

    /// <summary>Easy: overall at least 85, recall at least 0.9, within the budget.</summary>
    Excellent,

    /// <summary>Good: none of the above.</summary>
    Solid,
}

/// <summary>A grade and the rule that gave it.</summary>
public sealed record GradeDecision(Grade Grade, GradeRule Rule);
