using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Scheduling;

/// <summary>The interview-date rule of <see cref="FsrsScheduler.Review(CardState?, Grade, DateTimeOffset?)"/>.</summary>
public sealed class InterviewDateTests : SchedulerTestBase
{
    [Fact]
    public void Review_InterviewAfterNaturalDueDate_LeavesDueUnchanged()
    {
        var interview = Start.AddDays(30);

        var card = Scheduler.Review(null, Grade.Easy, interview);

        Assert.Equal(Scheduler.Review(null, Grade.Easy).Due, card.Due);
        Assert.Equal(Start.AddDays(8), card.Due);
    }

    [Fact]
    public void Review_NaturalDueExactlyOneDayBeforeInterview_IsKept()
    {
        var card = Scheduler.Review(null, Grade.Good, Start.AddDays(3));

        Assert.Equal(Start.AddDays(2), card.Due);
    }

    [Fact]
    public void Review_IntervalJumpsPastInterview_DueTwoDaysBeforeInterview()
    {
        var interview = Start.AddDays(5).AddHours(5);

        var card = Scheduler.Review(null, Grade.Easy, interview);

        Assert.Equal(interview.AddDays(-2), card.Due);
    }

    [Fact]
    public void Review_InterviewInUnderTwoDays_DueTomorrowBeforeInterview()
    {
        var interview = Start.AddHours(36);

        var card = Scheduler.Review(null, Grade.Good, interview);

        Assert.Equal(Start.AddDays(1), card.Due);
    }

    [Fact]
    public void Review_InterviewLaterToday_DueAtInterview()
    {
        var interview = Start.AddHours(5);

        var card = Scheduler.Review(null, Grade.Good, interview);

        Assert.Equal(interview, card.Due);
    }

    [Fact]
    public void Review_InterviewAlreadyPast_IsIgnored()
    {
        var card = Scheduler.Review(null, Grade.Easy, Start.AddHours(-1));

        Assert.Equal(Start.AddDays(8), card.Due);
    }

    [Fact]
    public void Review_InterviewCap_DoesNotChangeMemoryState()
    {
        var capped = Scheduler.Review(null, Grade.Easy, Start.AddDays(4));
        var free = Scheduler.Review(null, Grade.Easy);

        Assert.Equal(free with { Due = capped.Due }, capped);
        Assert.NotEqual(free.Due, capped.Due);
    }

    [Theory]
    [InlineData(Grade.Again)]
    [InlineData(Grade.Hard)]
    [InlineData(Grade.Good)]
    [InlineData(Grade.Easy)]
    public void Review_AnyInterviewWithinTwoMonths_DueIsAfterNowAndNotAfterInterview(Grade grade)
    {
        var card = new CardState(Stability: 40, Difficulty: 3, LastReview: Start.AddDays(-30), Due: Start, Reps: 4, Lapses: 0);

        for (var hours = 1; hours <= 24 * 60; hours += 7)
        {
            var interview = Start.AddHours(hours);

            var due = Scheduler.Review(card, grade, interview).Due;

            Assert.InRange(due, Start.AddTicks(1), interview);
        }
    }

    [Fact]
    public void Review_PractisingEveryDueCardUntilInterview_EveryCardIsPractisedInTheLastTwoDays()
    {
        var interview = Start.AddDays(21).AddHours(10);
        var finalWindow = interview.AddDays(-2);
        Grade[] firstGrades = [Grade.Again, Grade.Hard, Grade.Good, Grade.Easy, Grade.Easy, Grade.Good];
        var cards = firstGrades.Select(grade => Scheduler.Review(null, grade, interview)).ToArray();
        var practisedInWindow = new bool[cards.Length];

        // Always take the earliest due card, as a user clearing their queue would; grades vary by card and rep.
        while (cards.Select((card, index) => (card, index)).Where(x => x.card.Due < interview).OrderBy(x => x.card.Due).ThenBy(x => x.index).FirstOrDefault() is ({ } next, var i))
        {
            Clock.SetUtcNow(next.Due);
            var grade = (Grade)((i + next.Reps) % 4 + 1);
            cards[i] = Scheduler.Review(next, grade, interview);
            practisedInWindow[i] |= next.Due >= finalWindow;
            Assert.True(cards[i].Due <= interview, $"card {i} due {cards[i].Due:O} after the interview");
        }

        Assert.All(practisedInWindow, Assert.True);
    }
}
