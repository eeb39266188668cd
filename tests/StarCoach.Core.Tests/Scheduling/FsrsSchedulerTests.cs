using Microsoft.Extensions.Time.Testing;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Scheduling;

public sealed class FsrsSchedulerTests : SchedulerTestBase
{
    // fsrs-rs test_forward: a first review, then the same grade again 1 or 2 days later.
    public static TheoryData<Grade, int, double, double> TwoReviewVectors => new()
    {
        { Grade.Again, 1, 0.10088589, 8.806304 },
        { Grade.Hard, 1, 3.2494123, 6.7404594 },
        { Grade.Good, 1, 7.3153, 2.1112142 },
        { Grade.Easy, 1, 18.014914, 1.0 },
        { Grade.Again, 2, 0.112798266, 8.806304 },
        { Grade.Hard, 2, 4.4694576, 6.7404594 },
    };

    [Theory]
    [InlineData(Grade.Again, 0.212, 6.4133, 1)]
    [InlineData(Grade.Hard, 1.2931, 5.1121707, 1)]
    [InlineData(Grade.Good, 2.3065, 2.1181040, 2)]
    [InlineData(Grade.Easy, 8.2956, 1.0, 8)]
    public void Review_FirstReview_StartsFromInitialStateWithoutLapse(Grade grade, double stability, double difficulty, int intervalDays)
    {
        var card = Scheduler.Review(null, grade);

        Assert.Equal(stability, card.Stability, 1e-6);
        Assert.Equal(difficulty, card.Difficulty, 1e-6);
        Assert.Equal(Start, card.LastReview);
        Assert.Equal(Start.AddDays(intervalDays), card.Due);
        Assert.Equal(1, card.Reps);
        Assert.Equal(0, card.Lapses);
    }

    [Theory]
    [MemberData(nameof(TwoReviewVectors))]
    public void Review_SecondReviewDaysLater_MatchesReferenceState(Grade grade, int days, double stability, double difficulty)
    {
        var first = Scheduler.Review(null, grade);
        Clock.Advance(TimeSpan.FromDays(days));

        var second = Scheduler.Review(first, grade);

        Assert.Equal(stability, second.Stability, 5e-5);
        Assert.Equal(difficulty, second.Difficulty, 5e-5);
    }

    [Fact]
    public void Review_RepeatedGoodOnDueDate_IntervalsGrow()
    {
        var card = Scheduler.Review(null, Grade.Good);
        var intervals = new List<double> { (card.Due - card.LastReview).TotalDays };

        for (var i = 0; i < 6; i++)
        {
            Clock.SetUtcNow(card.Due);
            card = Scheduler.Review(card, Grade.Good);
            intervals.Add((card.Due - card.LastReview).TotalDays);
        }

        Assert.All(intervals.Zip(intervals.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"{pair.First} then {pair.Second}"));
        Assert.Equal(7, card.Reps);
        Assert.Equal(0, card.Lapses);
    }

    [Fact]
    public void Review_AgainAfterGoodReviews_ShortensIntervalAndCountsLapse()
    {
        var card = ReviewOnDue(Grade.Good, Grade.Good, Grade.Good);
        var intervalBefore = card.Due - card.LastReview;
        Clock.SetUtcNow(card.Due);

        var lapsed = Scheduler.Review(card, Grade.Again);

        Assert.True(lapsed.Due - lapsed.LastReview < intervalBefore);
        Assert.True(lapsed.Stability < card.Stability);
        Assert.True(lapsed.Difficulty > card.Difficulty);
        Assert.Equal(1, lapsed.Lapses);
        Assert.Equal(card.Reps + 1, lapsed.Reps);
    }

    [Fact]
    public void Review_SameCardGradedDifferently_EasyOutlastsGoodOutlastsHard()
    {
        var card = ReviewOnDue(Grade.Good, Grade.Good);
        Clock.SetUtcNow(card.Due);

        var hard = Scheduler.Review(card, Grade.Hard).Due;
        var good = Scheduler.Review(card, Grade.Good).Due;
        var easy = Scheduler.Review(card, Grade.Easy).Due;

        Assert.True(easy > good, $"Easy {easy:O} vs Good {good:O}");
        Assert.True(good > hard, $"Good {good:O} vs Hard {hard:O}");
    }

    [Fact]
    public void Review_FirstReviewGradedDifferently_EasyOutlastsGoodOutlastsHard()
    {
        var hard = Scheduler.Review(null, Grade.Hard).Due;
        var good = Scheduler.Review(null, Grade.Good).Due;
        var easy = Scheduler.Review(null, Grade.Easy).Due;

        Assert.True(easy > good);
        Assert.True(good > hard);
    }

    [Theory]
    [InlineData(Grade.Again)]
    [InlineData(Grade.Hard)]
    [InlineData(Grade.Easy)]
    public void Review_SameCalendarDay_UsesShortTermFormula(Grade grade)
    {
        var card = Scheduler.Review(null, Grade.Good);
        Clock.Advance(TimeSpan.FromHours(5));
        var p = FsrsParameters.Default;
        var r = Fsrs.Retrievability(p, 5.0 / 24, card.Stability);
        var longTerm = grade == Grade.Again
            ? Fsrs.StabilityAfterLapse(p, card.Stability, card.Difficulty, r)
            : Fsrs.StabilityAfterRecall(p, card.Stability, card.Difficulty, r, grade);

        var again = Scheduler.Review(card, grade);

        Assert.Equal(Fsrs.ShortTermStability(p, card.Stability, grade), again.Stability, 1e-9);
        Assert.NotEqual(longTerm, again.Stability, 1e-3);
    }

    [Fact]
    public void Review_SameCalendarDayGood_KeepsStability()
    {
        var card = Scheduler.Review(null, Grade.Good);
        Clock.Advance(TimeSpan.FromHours(2));

        var again = Scheduler.Review(card, Grade.Good);

        Assert.Equal(card.Stability, again.Stability);
        Assert.Equal(card.Due + TimeSpan.FromHours(2), again.Due);
    }

    [Fact]
    public void Review_SameDayAgain_CountsLapse()
    {
        var card = Scheduler.Review(null, Grade.Good);
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, Scheduler.Review(card, Grade.Again).Lapses);
    }

    [Fact]
    public void Review_FewHoursLaterButPastLocalMidnight_UsesRecallFormula()
    {
        // 17:30Z and 20:30Z are the same UTC day but 22:30 and 01:30 on consecutive days at UTC+5.
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+5", TimeSpan.FromHours(5), "UTC+5", "UTC+5"));
        Clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 17, 30, 0, TimeSpan.Zero));
        var card = Scheduler.Review(null, Grade.Good);
        Clock.Advance(TimeSpan.FromHours(3));

        var next = Scheduler.Review(card, Grade.Easy);

        var r = Fsrs.Retrievability(FsrsParameters.Default, 3.0 / 24, card.Stability);
        Assert.Equal(Fsrs.StabilityAfterRecall(FsrsParameters.Default, card.Stability, card.Difficulty, r, Grade.Easy), next.Stability, 1e-9);
    }

    [Fact]
    public void Review_AcrossUtcMidnightWithinLocalDay_UsesShortTermFormula()
    {
        // 23:00Z and 01:00Z are different UTC days but 18:00 and 20:00 on the same day at UTC−5.
        Clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC-5", TimeSpan.FromHours(-5), "UTC-5", "UTC-5"));
        Clock.SetUtcNow(new DateTimeOffset(2025, 3, 3, 23, 0, 0, TimeSpan.Zero));
        var card = Scheduler.Review(null, Grade.Good);
        Clock.Advance(TimeSpan.FromHours(2));

        var next = Scheduler.Review(card, Grade.Easy);

        Assert.Equal(Fsrs.ShortTermStability(FsrsParameters.Default, card.Stability, Grade.Easy), next.Stability, 1e-9);
    }

    [Fact]
    public void Review_LapseLongAfterTinyStability_IsCappedBelowPreviousStability()
    {
        var card = new CardState(Stability: 0.1, Difficulty: 1, LastReview: Start, Due: Start.AddDays(1), Reps: 1, Lapses: 0);
        Clock.Advance(TimeSpan.FromDays(100));
        var r = Fsrs.Retrievability(FsrsParameters.Default, 100, 0.1);
        var ceiling = Fsrs.PostLapseStabilityCeiling(FsrsParameters.Default, 0.1);
        Assert.True(Fsrs.StabilityAfterLapse(FsrsParameters.Default, 0.1, 1, r) > ceiling, "precondition: the raw formula exceeds the cap");

        var lapsed = Scheduler.Review(card, Grade.Again);

        Assert.Equal(ceiling, lapsed.Stability, 1e-12);
        Assert.True(lapsed.Stability < card.Stability);
    }

    [Fact]
    public void Review_ClockBeforeLastReview_TreatedAsSameDay()
    {
        var card = new CardState(Stability: 5, Difficulty: 5, LastReview: Start.AddDays(3), Due: Start.AddDays(8), Reps: 2, Lapses: 0);

        var next = Scheduler.Review(card, Grade.Again);

        Assert.Equal(Fsrs.ShortTermStability(FsrsParameters.Default, 5, Grade.Again), next.Stability, 1e-9);
    }

    [Fact]
    public void Review_HigherDesiredRetention_SchedulesSooner()
    {
        var strict = new FsrsScheduler(Clock, new FsrsParameters(FsrsParameters.DefaultWeights, desiredRetention: 0.95));

        Assert.True(strict.Review(null, Grade.Easy).Due < Scheduler.Review(null, Grade.Easy).Due);
    }

    [Fact]
    public void Review_SameInputsOnSeparateSchedulers_GiveIdenticalStates()
    {
        var otherClock = new FakeTimeProvider(Start);
        var other = new FsrsScheduler(otherClock);
        Grade[] grades = [Grade.Good, Grade.Hard, Grade.Again, Grade.Easy, Grade.Good];
        CardState? a = null;
        CardState? b = null;

        foreach (var grade in grades)
        {
            a = Scheduler.Review(a, grade);
            b = other.Review(b, grade);
            Assert.Equal(a, b);
            Assert.Equal(Clock.GetUtcNow(), a.LastReview);
            Clock.SetUtcNow(a.Due);
            otherClock.SetUtcNow(b.Due);
        }
    }

    [Fact]
    public void Review_UndefinedGrade_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Scheduler.Review(null, (Grade)5));

    [Fact]
    public void Constructor_NullClock_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new FsrsScheduler(null!));

    private CardState ReviewOnDue(params Grade[] grades)
    {
        CardState? card = null;
        foreach (var grade in grades)
        {
            if (card is not null)
            {
                Clock.SetUtcNow(card.Due);
            }

            card = Scheduler.Review(card, grade);
        }

        return card!;
    }
}
