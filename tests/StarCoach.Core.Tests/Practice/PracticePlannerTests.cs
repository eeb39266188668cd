using Microsoft.Extensions.Time.Testing;
using StarCoach.Core.Competencies;
using StarCoach.Core.Practice;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Practice;

public sealed class PracticePlannerTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    private static Dictionary<string, CardState> NoCards() => new(StringComparer.Ordinal);

    [Fact]
    public void Plan_NothingPractisedYet_OffersTheFirstStoryOfTheFirstThreeQuestionsInBankOrder()
    {
        var bank = PracticeStories.Seed;

        var plan = new PracticePlanner(_clock).Plan(bank, NoCards(), new PracticeFilter(), interviewDate: null);

        Assert.Equal([.. bank.Questions.Where(q => q.Answers.Length > 0).Take(PracticeFilter.DefaultCount).Select(q => q.Answers[0].Id)], plan.Items.Select(i => i.Answer.Id));
        Assert.All(plan.Items, i => Assert.Equal(DueStatus.New, i.Schedule.Status));
        Assert.Equal(bank.AllAnswers().Count(), plan.Schedule.DueNow.Count());
    }

    [Fact]
    public void Plan_StoryPractisedToday_IsNotDueAndShowsWhenItIs()
    {
        var bank = PracticeStories.Seed;
        var first = bank.AllAnswers().First().Answer.Id;
        var planner = new PracticePlanner(_clock);
        var cards = NoCards();
        cards[first] = planner.NextCard(null, Grade.Good, interviewDate: null);

        var plan = planner.Plan(bank, cards, new PracticeFilter { Count = 100 }, interviewDate: null);

        Assert.DoesNotContain(plan.Items, i => i.Answer.Id == first);
        var later = Assert.Single(plan.Schedule.Later);
        Assert.Equal(first, later.Answer.Id);
        Assert.Equal(Start.AddDays(2), later.DueAt);
        Assert.Equal(Start.AddDays(2), plan.Schedule.NextDue);
    }

    [Fact]
    public void Plan_OverdueStory_ComesBeforeNewOnes()
    {
        var bank = PracticeStories.Seed;
        var planner = new PracticePlanner(_clock);
        var last = bank.AllAnswers().Last().Answer.Id;
        var cards = NoCards();
        cards[last] = planner.NextCard(null, Grade.Good, interviewDate: null);
        _clock.Advance(TimeSpan.FromDays(5));

        var plan = planner.Plan(bank, cards, new PracticeFilter(), interviewDate: null);

        Assert.Equal(last, plan.Items[0].Answer.Id);
        Assert.Equal(DueStatus.Due, plan.Items[0].Schedule.Status);
    }

    [Fact]
    public void Plan_CategoryFilter_OnlyThatCategoryEvenWhenNotDue()
    {
        var bank = PracticeStories.Seed;

        var plan = new PracticePlanner(_clock).Plan(bank, NoCards(), new PracticeFilter { Category = "conflict management", Count = 50 }, interviewDate: null);

        Assert.NotEmpty(plan.Items);
        Assert.All(plan.Items, i => Assert.Equal("Conflict Management", i.Question.Category));
    }

    [Fact]
    public void Plan_CompetencyFilter_OnlyStoriesThatShowIt()
    {
        var bank = PracticeStories.Seed;
        Assert.True(CompetencyRef.TryParse("amazon:ownership", out var ownership, out _));
        var tags = new CompetencyTagger([CompetencyFrameworks.Get("amazon")]).TagBank(bank);

        var plan = new PracticePlanner(_clock).Plan(bank, NoCards(), new PracticeFilter { Competency = ownership, Count = 100 }, interviewDate: null);

        Assert.NotEmpty(plan.Items);
        Assert.True(plan.Items.Length < bank.AllAnswers().Count());
        Assert.All(plan.Items, i => Assert.Contains(tags.ForAnswer(i.Answer.Id), t => t.CompetencyId == "ownership" && t.Confidence >= CoverageAnalyzer.WeakThreshold));
    }

    [Theory]
    [InlineData("amazon", "is not framework:id")]
    [InlineData("netflix:ownership", "unknown framework 'netflix'")]
    [InlineData("amazon:teamwork", "amazon has no competency 'teamwork'")]
    public void CompetencyRefTryParse_BadText_SaysWhatIsWrong(string text, string message)
    {
        Assert.False(CompetencyRef.TryParse(text, out var competency, out var error));
        Assert.Null(competency);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_NewOnlyAndCount_SkipsPractisedStoriesAndStopsAtCount()
    {
        var bank = PracticeStories.Seed;
        var planner = new PracticePlanner(_clock);
        var cards = NoCards();
        foreach (var (_, answer) in bank.AllAnswers().Take(2))
        {
            cards[answer.Id] = planner.NextCard(null, Grade.Again, interviewDate: null);
        }

        _clock.Advance(TimeSpan.FromDays(3));
        var plan = planner.Plan(bank, cards, new PracticeFilter { NewOnly = true, Count = 4 }, interviewDate: null);

        Assert.Equal(4, plan.Items.Length);
        Assert.All(plan.Items, i => Assert.Null(i.Schedule.Card));
    }

    [Fact]
    public void Plan_FixedListOfAnswers_KeepsItsOrderAndMode()
    {
        var ids = PracticeStories.Seed.AllAnswers().Select(s => s.Answer.Id).ToList();

        var plan = new PracticePlanner(_clock).Plan(PracticeStories.Seed, NoCards(), new PracticeFilter { AnswerIds = [ids[5], ids[1]], Mode = PracticeMode.Compressed }, null);

        Assert.Equal([ids[5], ids[1]], plan.Items.Select(i => i.Answer.Id));
        Assert.All(plan.Items, i => Assert.Equal(PracticeModes.BudgetSeconds(PracticeMode.Compressed), i.BudgetSeconds));
    }

    [Fact]
    public void Schedule_InterviewDateSetAfterALongInterval_BringsTheStoryBackBeforeTheInterview()
    {
        var bank = PracticeStories.Seed;
        var id = bank.AllAnswers().First().Answer.Id;
        var cards = NoCards();
        cards[id] = new CardState(Stability: 40, Difficulty: 4, LastReview: Start, Due: Start.AddDays(40), Reps: 4, Lapses: 0);

        var schedule = new PracticePlanner(_clock).Schedule(bank, cards, DateOnly.FromDateTime(Start.AddDays(10).Date));

        var story = Assert.Single(schedule.Stories, s => s.Answer.Id == id);
        Assert.Equal(Start.Date.AddDays(8), story.DueAt!.Value.UtcDateTime);
        Assert.Equal(DueStatus.Later, story.Status);
    }

    [Fact]
    public void InterviewStart_LocalTimeZone_IsMidnightThere()
    {
        _clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2"));

        var start = new PracticePlanner(_clock).InterviewStart(new DateOnly(2025, 3, 14));

        Assert.Equal(new DateTimeOffset(2025, 3, 13, 22, 0, 0, TimeSpan.Zero), start!.Value.ToUniversalTime());
    }
}
