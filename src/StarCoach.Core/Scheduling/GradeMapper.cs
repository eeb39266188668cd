namespace StarCoach.Core.Scheduling;

/// <summary>Turns the scores of one practice attempt into an FSRS <see cref="Grade"/>.</summary>
/// <remarks>
/// <para>The rules, checked in this order (the first that matches wins):</para>
/// <list type="number">
/// <item><b>Again</b> if overall &lt; 45 or recall &lt; 0.4.</item>
/// <item><b>Hard</b> if overall &lt; 65 or recall &lt; 0.65 or overrun &gt; 25 % of the time budget.</item>
/// <item><b>Easy</b> if overall ≥ 85 and recall ≥ 0.9 and no overrun at all.</item>
/// <item><b>Good</b> otherwise.</item>
/// </list>
/// <para>
/// Why: FSRS grades describe memory, so recall (the share of the story's key points that were told) carries
/// the most weight. Below 0.4 the story was effectively forgotten, and an overall score under 45 means the
/// answer would not have worked in an interview either way; both must come back soon, which is what Again
/// (a lapse) does. Between that and a solid answer (overall 65, recall 0.65) the story is there but shaky:
/// Hard keeps the next interval short. Running more than 25 % over the budget is also Hard rather than
/// Again: nothing was forgotten, but a rambling answer is not yet interview-ready and needs practice soon.
/// Easy lengthens intervals the most, so it requires an excellent score, near-complete recall and finishing
/// within the budget; an answer that is good but not all three is Good, the grade FSRS expects most often.
/// </para>
/// </remarks>
public static class GradeMapper
{
    /// <summary>Maps one attempt to a grade using the rules in the remarks.</summary>
    /// <param name="overallScore0to100">The attempt's overall score, 0 to 100.</param>
    /// <param name="recall0to1">The share of the story's key points that were told, 0 to 1.</param>
    /// <param name="overrunSeconds">Seconds spent beyond the budget; zero or negative means within it.</param>
    /// <param name="budgetSeconds">The time budget for the answer, in seconds; must be positive.</param>
    public static Grade FromAttempt(int overallScore0to100, double recall0to1, double overrunSeconds, double budgetSeconds)
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

        if (overallScore0to100 < 45 || recall0to1 < 0.4)
        {
            return Grade.Again;
        }

        if (overallScore0to100 < 65 || recall0to1 < 0.65 || overrunSeconds > 0.25 * budgetSeconds)
        {
            return Grade.Hard;
        }

        return overallScore0to100 >= 85 && recall0to1 >= 0.9 && overrunSeconds <= 0 ? Grade.Easy : Grade.Good;
    }
}
