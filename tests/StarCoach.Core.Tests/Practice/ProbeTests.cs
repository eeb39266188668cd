using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Practice;

public sealed class ProbeTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static TimedAnswer Said(string text, double seconds = 120) => new(text, Start, seconds);

    [Fact]
    public void Evaluate_ActionsToldAsWe_AsksWhatYouPersonallyDid()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.MissedLaunch);

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        Assert.Contains(result.Review.Findings, f => f.Rule == "ownership.we-heavy");
        Assert.Contains(result.Probes, p => p.Text == "What did you personally do, as opposed to the team?" && p.Basis == "ownership.we-heavy");
    }

    [Fact]
    public void Evaluate_FailureWithoutLesson_AsksWhatYouWouldDoDifferently()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.MissedLaunch);
        const string attempt = """
            Situation: At Acme I was launching a new billing page and the launch slipped by three weeks.
            Task: I had to ship before the quarter closed.
            Action: I split the work again, I cut two features and I asked another team for help. I tested everything twice.
            Result: I launched in the next quarter and the page worked.
            """;

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(attempt));

        Assert.Contains(result.Review.Findings, f => f.Rule == "reflection.missing");
        Assert.Equal("What would you do differently?", result.Probes[0].Text);
        Assert.Equal(ProbeOrigin.Rule, result.Probes[0].Origin);
    }

    [Fact]
    public void Evaluate_ResultWithoutAFigure_AsksHowYouMeasuredIt()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        const string attempt = """
            At Acme our checkout service was timing out during sales, and I owned it.
            I profiled the service and found that every request rebuilt the price table, so I added a cache with Redis.
            I wrote load tests and rolled the change out behind a flag.
            As a result checkout became much faster and customers were happier.
            """;

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(attempt));

        Assert.Contains(result.Review.Findings, f => f.Rule == "result.unquantified");
        Assert.Contains(result.Probes, p => p.Text == "How did you measure the result?");
    }

    [Fact]
    public void Evaluate_ChoiceWhoseReasonWasGiven_AsksWhatItCostNotWhy()
    {
        // "…over a bigger database instance, because the database was not the bottleneck": the why is told.
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        var probe = result.Probes.First(p => p.Origin == ProbeOrigin.Story);
        Assert.Equal("You chose an in-memory cache — what did that choice cost you, and how did you know it was worth it?", probe.Text);
    }

    [Theory]
    [InlineData("I rebuilt the rota myself every Sunday instead of complaining about it.")]
    [InlineData("I rang the supplier that morning rather than waiting around for their update.")]
    [InlineData("I rewrote the handover sheet instead of just giving up on it.")]
    public void Evaluate_ContrastForEffect_IsNotAskedWhyThatRatherThan(string sentence)
    {
        var text = "Tell me about a time you fixed a recurring problem.\n\nLast winter at our care home, night handovers kept missing medication changes and two residents got late doses. " + sentence + " Missed medication changes fell from six a month to none by March.";
        var (question, story) = PracticeStories.Story(text);

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        Assert.DoesNotContain(result.Probes, p => p.Text.Contains("rather than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I asked the ward manager if I could shadow the night team for a week instead of taking it to our managers.", "— why that rather than taking it to your managers?")]
    [InlineData("By the end of the term attendance had risen from 81% to 93%.", "You said from 81% to 93% — what else changed over that time, and how do you know the change came from what you did?")]
    public void Evaluate_StoryProbe_SaysTheCandidatesWordsBackInTheSecondPerson(string sentence, string expected)
    {
        var text = "Tell me about a time you improved attendance.\n\nLast year at our primary school, Year 5 attendance was the lowest in the trust and the head asked me to lead on it. I called every family with a child under 85% and found most absences were on Mondays after football. " + sentence + " I now start every term with the list of children under 90%.";
        var (question, story) = PracticeStories.Story(text);

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        Assert.Contains(result.Probes, p => p.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_ChoiceToldWithItsVerb_AsksOneGrammaticalQuestion()
    {
        var text = "Tell me about a time you delivered under a tight deadline.\n\nLast March our largest customer asked for a compliance report two weeks early. I owned the export service, so I split the work into three slices, chose to reuse the nightly batch instead of building a new pipeline, and tested each slice as it landed. We shipped four days early and the customer renewed for two years.";
        var (question, story) = PracticeStories.Story(text);

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        Assert.Contains(result.Probes, p => p.Text == "You chose to reuse the nightly batch — why that rather than building a new pipeline?");
    }

    [Fact]
    public void Evaluate_SeedStoryOfATeamThatGrewTo50_AsksHowTheyWereHiredAndOnboarded()
    {
        var (question, story) = PracticeStories.SeedStory("we grew from 2- 3 people to over 50 team members");

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        Assert.Contains(result.Probes, p => p.Text == "You said the team grew to over 50 — how did you hire and onboard them?");
    }

    [Fact]
    public void Evaluate_FigureToldDifferently_AsksWhichIsRight()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var attempt = story.Text.Replace("30%", "45%", StringComparison.Ordinal);

        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, Said(attempt));

        Assert.Contains(result.Probes, p => p.Text == "You said 45%, but your prepared story says 30% — which is right, and how was it measured?");
    }

    [Fact]
    public void Evaluate_SameAttemptTwice_AsksTheSameProbes()
    {
        foreach (var (question, story) in PracticeStories.Seed.AllAnswers().Take(12))
        {
            var attempt = Said(string.Join(' ', story.Text.Split('.').Take(4)));

            var first = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, attempt);
            var second = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, attempt);

            Assert.Equal(first.Probes, second.Probes);
            Assert.InRange(first.Probes.Length, 1, PracticeCoach.MaxBuiltInProbes);
        }
    }

    [Fact]
    public void Evaluate_ExtraProbeSource_AddsItsProbeAfterTheBuiltInOnes()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var coach = new PracticeCoach(new AnswerReviewer(), [new FixedProbes("Who disagreed with you, and how did you win them over?")]);

        var result = coach.Evaluate(question, story, PracticeMode.Full, Said(story.Text));

        Assert.Equal(ProbeOrigin.Extra, result.Probes[^1].Origin);
        Assert.Equal("Who disagreed with you, and how did you win them over?", result.Probes[^1].Text);
        Assert.Contains(result.Probes, p => p.Origin != ProbeOrigin.Extra);
    }

    [Fact]
    public void EvaluateProbe_ShortExplanation_IsReviewedAsAFollowUpWithoutStarRules()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var probe = new Probe("How did you measure the result?", ProbeOrigin.Rule, "result.unquantified");

        var result = new PracticeCoach().EvaluateProbe(question, probe, Said("We compared p95 checkout latency in the dashboards for two weeks before and after the change.", 70));

        Assert.DoesNotContain(result.Review.Findings, f => f.Rule.StartsWith("star.", StringComparison.Ordinal));
        Assert.Equal(PracticeModes.ProbeBudgetSeconds, result.BudgetSeconds);
        Assert.Equal(10, result.OverrunSeconds);
        Assert.Equal(probe.Text, result.Review.Question);
    }

    private sealed class FixedProbes(string text) : IProbeSource
    {
        public IEnumerable<Probe> Propose(ProbeContext context) => [new Probe(text, ProbeOrigin.Story, "test")];
    }
}
