using System.Collections.Immutable;
using StarCoach.Core.Review;

namespace StarCoach.Core.Practice;

/// <summary>
/// What a bank asks of the candidate today, as its page opens: how many stories are due, how many days are left
/// before the interview, and the fixes that lift the most answers (<see cref="FixPriority.Across"/>).
/// </summary>
/// <param name="Due">Stories due now or never practised.</param>
/// <param name="Stories">Stories in the schedule.</param>
/// <param name="DaysToInterview">See <see cref="PracticeSchedule.DaysToInterview"/>.</param>
/// <param name="Fixes">At most <see cref="FixPriority.Count"/> fixes, the most valuable first.</param>
public sealed record TodayPlan(int Due, int Stories, int? DaysToInterview, ImmutableArray<BankFix> Fixes)
{
    /// <summary>Today's plan from the bank's schedule and the reviews of its main answers.</summary>
    public static TodayPlan Of(PracticeSchedule schedule, IEnumerable<AnswerReview> reviews)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new TodayPlan(schedule.DueNow.Count(), schedule.Stories.Length, schedule.DaysToInterview, FixPriority.Across(reviews));
    }
}
