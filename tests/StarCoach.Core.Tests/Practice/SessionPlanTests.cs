using Microsoft.Extensions.Time.Testing;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice;
using StarCoach.Core.Scheduling;
using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Practice;

/// <summary>The order of a session, its summary, and how due times are worded.</summary>
public sealed class SessionPlanTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    private static Dictionary<string, CardState> NoCards() => new(StringComparer.Ordinal);

    [Fact]
    public void Plan_QuestionWithThreeStoriesFirst_AsksOtherQuestionsBeforeItsSecondStory()
    {
        var bank = PracticeStories.Seed;
        var first = bank.Questions.First(q => q.Answers.Length == 3);
        var questions = bank.Questions.Count(q => q.Answers.Length > 0);

        var plan = new PracticePlanner(_clock).Plan(bank, NoCards(), new PracticeFilter { Count = 100 }, interviewDate: null);

        Assert.Equal(bank.AllAnswers().Count(), plan.Items.Length);
        Assert.Equal(first.Id, plan.Items[0].Question.Id);
        Assert.Equal(questions, plan.Items.Take(questions).Select(i => i.Question.Id).Distinct().Count());
        for (var i = 1; i < plan.Items.Length; i++)
        {
            Assert.NotEqual(plan.Items[i - 1].Question.Id, plan.Items[i].Question.Id);
        }
    }

    [Fact]
    public void Plan_OnlyStoriesOfOneQuestionLeft_AsksThemOneAfterAnother()
    {
        var bank = PracticeStories.Seed;
        var question = bank.Questions.First(q => q.Answers.Length == 3);

        var plan = new PracticePlanner(_clock).Plan(bank, NoCards(), new PracticeFilter { AnswerIds = [.. question.Answers.Select(a => a.Id)] }, interviewDate: null);

        Assert.Equal(question.Answers.Select(a => a.Id), plan.Items.Select(i => i.Answer.Id));
    }

    [Fact]
    public void Plan_NextOfAWebSession_SkipsWhatIsDoneAndTheQuestionJustAsked()
    {
        var bank = PracticeStories.Seed;
        var question = bank.Questions.First(q => q.Answers.Length == 3);
        var done = question.Answers[0].Id;

        var plan = new PracticePlanner(_clock).Plan(bank, NoCards(), new PracticeFilter { Done = [done], After = done, Count = 1 }, interviewDate: null);

        var next = Assert.Single(plan.Items);
        Assert.NotEqual(question.Id, next.Question.Id);
    }

    [Fact]
    public void SessionSummary_TwoStoriesTold_ListsTitlesGradesAndNextDatesInOrder()
    {
        var bank = PracticeStories.Seed;
        var planner = new PracticePlanner(_clock);
        var told = bank.AllAnswers().Skip(3).Take(2).ToList();
        var cards = NoCards();
        cards[told[0].Answer.Id] = planner.NextCard(null, Grade.Hard, null);
        cards[told[1].Answer.Id] = planner.NextCard(null, Grade.Good, null);
        var attempts = new[]
        {
            Attempt(told[1].Answer.Id, Start.AddMinutes(5), Grade.Good, 72),
            Attempt(told[0].Answer.Id, Start, Grade.Hard, 51),
            Attempt(told[0].Answer.Id, Start.AddMinutes(1), null, 40, probe: true),
        };

        var summary = SessionSummary.Build(planner.Schedule(bank, cards, null), attempts);

        Assert.Equal([told[0].Answer.Id, told[1].Answer.Id], summary.Stories.Select(s => s.Answer.Id));
        Assert.Equal([Grade.Hard, Grade.Good], summary.Stories.Select(s => s.Grade));
        Assert.Equal(StoryTitle.Of(told[0].Question, told[0].Answer), summary.Stories[0].Name.Title);
        Assert.All(summary.Stories, s => Assert.True(s.NextDue > Start));
        Assert.Equal(bank.AllAnswers().Count() - 2, summary.StillDue);
    }

    [Theory]
    [InlineData(-3600, "now")]
    [InlineData(0, "now")]
    [InlineData(20 * 60, "in 20 minutes")]
    [InlineData(5 * 3600, "in 5 hours")]
    [InlineData(3 * 86400, "in 3 days")]
    public void RelativeTime_Until_NeverShowsATimeAlreadyPast(int seconds, string expected)
    {
        Assert.Equal(expected, RelativeTime.Until(Start.AddSeconds(seconds), Start));
    }

    private static AttemptRecord Attempt(string answerId, DateTimeOffset at, Grade? grade, int overall, bool probe = false) =>
        new(Guid.NewGuid(), "q", answerId, probe ? Guid.NewGuid() : null, probe ? "Why?" : null, at, 60, 180, PracticeMode.Full, "text", overall, 0.5, grade, null, null, []);
}
