using StarCoach.Core.Practice;
using StarCoach.Core.Review;
using StarCoach.Core.Tests.Review;

namespace StarCoach.Core.Tests.Practice;

public sealed class TodayPlanTests
{
    private static readonly DateTimeOffset Interview = new(2025, 6, 10, 0, 0, 0, TimeSpan.FromHours(2));

    [Theory]
    [InlineData(-48, 2)]
    [InlineData(-9, 1)]
    [InlineData(15, 0)]
    [InlineData(30, null)]
    public void DaysToInterview_HoursBeforeTheInterviewDay_CountsWholeDaysLeft(int hoursAfterStartOfDay, int? days)
    {
        var schedule = new PracticeSchedule(Interview.AddHours(hoursAfterStartOfDay), Interview, []);

        Assert.Equal(days, schedule.DaysToInterview);
    }

    [Fact]
    public void Of_WeakAnswers_PutsTheMostSevereFixFirstThenTheOneMostAnswersShare()
    {
        var hedging = ReviewKit.Review("I think we maybe fixed the rota. I think overtime fell by a third, more or less.");
        var alsoHedging = ReviewKit.Review("I think I probably trained the new starters, and I guess complaints went down.");
        var noStory = ReviewKit.Review("I always listen to people and I am a team player.");
        var schedule = new PracticeSchedule(Interview.AddDays(-3), Interview, []);

        var today = TodayPlan.Of(schedule, [hedging, alsoHedging, noStory]);

        Assert.Equal(3, today.DaysToInterview);
        Assert.Equal(FixPriority.Count, today.Fixes.Length);
        Assert.Equal(new[] { hedging, alsoHedging, noStory }.SelectMany(r => r.Findings).Max(f => f.Severity), today.Fixes[0].Finding.Severity);
        Assert.True(today.Fixes.Zip(today.Fixes.Skip(1)).All(p => p.First.Finding.Severity > p.Second.Finding.Severity
            || (p.First.Finding.Severity == p.Second.Finding.Severity && p.First.Answers >= p.Second.Answers)), "fixes out of order");
        Assert.Equal(today.Fixes.Length, today.Fixes.DistinctBy(f => f.Finding.Rule).Count());
    }
}
