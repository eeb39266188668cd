using Microsoft.Extensions.Time.Testing;
using StarCoach.Core.Practice;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Practice;

/// <summary>An attempt through the whole flow: review and recall, the grade they map to, and the card that grade schedules.</summary>
public sealed class PracticeFlowTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);

    [Fact]
    public void Evaluate_AnyAttempt_GradesByTheDocumentedMapping()
    {
        foreach (var (question, story) in PracticeStories.Seed.AllAnswers().Take(10))
        {
            foreach (var (text, seconds) in new[] { (story.Text, 150.0), (string.Join('.', story.Text.Split('.').Take(3)), 250.0), ("I do not remember this one.", 20.0) })
            {
                var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, new TimedAnswer(text, Start, seconds));

                Assert.Equal(GradeMapper.FromAttempt(result.Review.Overall, result.Recall.Score, result.OverrunSeconds, result.BudgetSeconds), result.Grade);
                Assert.Equal(Math.Max(0, seconds - PracticeModes.BudgetSeconds(PracticeMode.Full)), result.OverrunSeconds);
            }
        }
    }

    [Fact]
    public void Evaluate_SameAnswerMoreThanAQuarterOverBudget_IsAtBestHard()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var coach = new PracticeCoach();

        var within = coach.Evaluate(question, story, PracticeMode.Compressed, new TimedAnswer(story.Text, Start, 80)).Grade;
        var over = coach.Evaluate(question, story, PracticeMode.Compressed, new TimedAnswer(story.Text, Start, 120)).Grade;

        Assert.True(over <= Grade.Hard, $"120 s on a 90 s budget graded {over}");
        Assert.True(within >= over);
    }

    [Fact]
    public void Flow_ForgottenStory_ComesBackTheNextDay()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, new TimedAnswer("Honestly I forgot what happened there.", Start, 30));

        var card = new PracticePlanner(_clock).NextCard(null, result.Grade, interviewDate: null);

        Assert.Equal(Grade.Again, result.Grade);
        Assert.Equal(Start.AddDays(1), card.Due);
    }

    [Fact]
    public void Flow_PractisingWheneverDueBeforeAnInterview_NeverSchedulesPastItAndPractisesInTheLastDays()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var planner = new PracticePlanner(_clock);
        var coach = new PracticeCoach();
        var interviewDay = DateOnly.FromDateTime(Start.AddDays(12).Date);
        var interview = planner.InterviewStart(interviewDay)!.Value;
        CardState? card = null;
        var practised = new List<DateTimeOffset>();

        while (_clock.GetUtcNow() < interview)
        {
            var result = coach.Evaluate(question, story, PracticeMode.Full, new TimedAnswer(story.Text, _clock.GetUtcNow(), 150));
            card = planner.NextCard(card, result.Grade, interviewDay);
            practised.Add(_clock.GetUtcNow());
            Assert.True(card.Due <= interview, $"due {card.Due} after the interview {interview}");
            _clock.SetUtcNow(card.Due);
        }

        Assert.Contains(practised, p => p >= interview.AddDays(-2) && p < interview);
    }
}
