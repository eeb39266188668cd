namespace StarCoach.Core.Practice;

/// <summary>
/// What the candidate said and how long it took: typed text today, a transcript when spoken input comes. Nothing
/// else about the input matters to the coach, which keeps the seam for speech this narrow.
/// </summary>
/// <param name="Text">The answer as given.</param>
/// <param name="StartedAt">When the question was shown (the countdown started).</param>
/// <param name="DurationSeconds">Seconds from the question to the end of the answer, past the budget included.</param>
public sealed record TimedAnswer(string Text, DateTimeOffset StartedAt, double DurationSeconds)
{
    /// <summary>The duration as a finite, non-negative number, whatever a client sent.</summary>
    public double Seconds => double.IsFinite(DurationSeconds) && DurationSeconds > 0 ? DurationSeconds : 0;

    /// <summary>Seconds beyond <paramref name="budgetSeconds"/>; 0 when within it.</summary>
    public double OverrunSeconds(int budgetSeconds) => Math.Max(0, Seconds - budgetSeconds);
}
