using Microsoft.EntityFrameworkCore;

namespace StarCoach.Cli.Tests;

/// <summary><c>starcoach practice</c>, <c>due</c> and <c>progress</c> with typed input and a fake clock.</summary>
public sealed class PracticeCommandTests : IDisposable
{
    private static readonly string[] KafkaAnswer =
    [
        "At NetApp I disagreed with Mark, a senior data engineer, who wanted Spark Streaming for real-time fraud features.",
        "I believed Kafka Streams would be simpler and cheaper to run, so I listened to his reasons and prepared a short presentation with benchmarks and costs.",
        "I proposed an A/B test on real transactions and we ran it together.",
        "Kafka Streams had lower latency and used fewer resources, so we decided to proceed with Kafka Streams.",
        string.Empty,
        "I built the test harness myself and ran the benchmarks over two weeks.",
        string.Empty,
        "Latency dropped by 30% and the cluster cost went down, so everyone agreed.",
        string.Empty,
    ];

    private readonly PracticeCli _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Practice_TypedAnswerOverBudget_ShowsQuestionTimerReviewRecallProbesAndNextDateAndStoresIt()
    {
        var answerId = PracticeCli.SeedAnswerId("Kafka Streams");

        var run = _cli.Run(KafkaAnswer, 50, "practice", PracticeCli.SeedBank, "--answer", answerId);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Tell me about a time you disagreed with a coworker", run.Console, StringComparison.Ordinal);
        Assert.Contains("2:30 left", run.Console, StringComparison.Ordinal);
        Assert.Contains("0:50 over the 2:30 budget", run.Console, StringComparison.Ordinal);
        Assert.Contains("Rubric", run.Console, StringComparison.Ordinal);
        Assert.Contains("Recall of your prepared story", run.Console, StringComparison.Ordinal);
        Assert.Contains("Follow-up 1 of", run.Console, StringComparison.Ordinal);
        Assert.Contains("Next practice of this story:", run.Console, StringComparison.Ordinal);

        await using var db = _cli.OpenDb();
        var attempts = await db.Attempts.ToListAsync(TestContext.Current.CancellationToken);
        var main = Assert.Single(attempts, a => a.ParentAttemptId is null);
        Assert.Equal(200, main.DurationSeconds);
        Assert.Equal(150, main.BudgetSeconds);
        Assert.Equal(PracticeCli.Start, main.StartedAt);
        Assert.InRange(main.Grade, 1, 4);
        Assert.Contains("Kafka Streams", main.Text, StringComparison.Ordinal);
        Assert.Contains("\"probes\":[{", main.ReviewJson, StringComparison.Ordinal);
        Assert.Contains(attempts, a => a.ParentAttemptId == main.Id && a.Probe is { Length: > 0 } && a.DurationSeconds == 50);
        var card = await db.Cards.SingleAsync(c => c.AnswerId == main.AnswerId, TestContext.Current.CancellationToken);
        Assert.True(card.Due > PracticeCli.Start);
        Assert.Equal(1, card.Reps);
    }

    [Fact]
    public async Task Practice_InterviewInThreeDays_SchedulesTheStoryBeforeItAndSavesTheDate()
    {
        var answerId = PracticeCli.SeedAnswerId("Kafka Streams");

        var run = _cli.Run(KafkaAnswer, 20, "practice", PracticeCli.SeedBank, "--answer", answerId, "--interview-date", "2025-03-06");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Interview on Thu 6 Mar 2025", run.Console, StringComparison.Ordinal);
        Assert.Contains("Next practice of this story: Tue 4 Mar 2025", run.Console, StringComparison.Ordinal);
        await using var db = _cli.OpenDb();
        Assert.Equal(new DateOnly(2025, 3, 6), (await db.Banks.SingleAsync(TestContext.Current.CancellationToken)).InterviewDate);
        Assert.True((await db.Cards.SingleAsync(TestContext.Current.CancellationToken)).Due < new DateTimeOffset(2025, 3, 6, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Practice_InputEndsBeforeAnAnswer_RecordsNothing()
    {
        var run = _cli.Run("practice", PracticeCli.SeedBank);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No answer given", run.Console, StringComparison.Ordinal);
        await using var db = _cli.OpenDb();
        Assert.Equal(0, await db.Attempts.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Banks.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Practice_FaithfulParaphrase_IsGradedGoodOrEasyAndSaysWhy()
    {
        var bank = _cli.WriteFile("costs.txt", RecallStories.CostStory);

        var run = _cli.Run([RecallStories.CostParaphrase, string.Empty], 90, "practice", bank);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("grade (Good|Easy)", run.Console);
        Assert.Matches("(Good|Easy): you told 9 of 9 points of your story", run.Console);
        Assert.DoesNotContain("✗ missed", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Practice_RetellingWithAnotherAmount_ShowsTheFigureChanged()
    {
        var bank = _cli.WriteFile("costs.txt", RecallStories.CostStory);

        var run = _cli.Run([RecallStories.CostParaphrase.Replace("about 8,000 dollars", "$5,000", StringComparison.Ordinal), string.Empty], 90, "practice", bank);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("≠ changed", run.Console, StringComparison.Ordinal);
        Assert.Contains("you said $5,000 where you prepared $8,000", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_ConfirmGradeEasy_ChangesTheGradeAndReschedulesWithOneReview()
    {
        var bank = _cli.WriteFile("costs.txt", RecallStories.CostStory);

        var run = _cli.Run(["At Northwind I moved the batch jobs to spot instances.", string.Empty, "easy"], 60, "practice", bank, "--confirm-grade");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("press Enter to keep, or type again/hard/good/easy", run.Console, StringComparison.Ordinal);
        Assert.Contains("Grade changed to Easy", run.Console, StringComparison.Ordinal);
        await using var db = _cli.OpenDb();
        var main = await db.Attempts.SingleAsync(a => a.ParentAttemptId == null, TestContext.Current.CancellationToken);
        Assert.Equal(4, main.Grade);
        Assert.InRange(main.SuggestedGrade, 1, 3);
        Assert.Contains("Easy: your grade; StarCoach suggested", main.RecallJson, StringComparison.Ordinal);
        var card = await db.Cards.SingleAsync(c => c.AnswerId == main.AnswerId, TestContext.Current.CancellationToken);
        Assert.Equal(1, card.Reps);
        Assert.True(card.Due >= PracticeCli.Start.AddDays(7), $"Easy is due {card.Due}");
    }

    [Fact]
    public async Task Practice_PipedWithoutConfirmGrade_KeepsTheGradeWithoutAsking()
    {
        var bank = _cli.WriteFile("costs.txt", RecallStories.CostStory);

        var run = _cli.Run(["At Northwind I moved the batch jobs to spot instances.", string.Empty], 60, "practice", bank);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("press Enter to keep", run.Console, StringComparison.Ordinal);
        await using var db = _cli.OpenDb();
        Assert.Equal(0, (await db.Attempts.SingleAsync(a => a.ParentAttemptId == null, TestContext.Current.CancellationToken)).SuggestedGrade);
    }

    [Fact]
    public void Practice_OnlyStoryAlreadyPractised_SaysNothingIsDueAndWhenItIs()
    {
        var bank = _cli.WriteFile("one.txt", "Tell me about a time you led a project.\n\nAt Acme I led the migration of our billing system to the cloud. I planned the cut-over and we finished two weeks early.\n");
        Assert.Equal(0, _cli.Run(["At Acme I led the billing migration and we finished two weeks early.", string.Empty], 30, "practice", bank).ExitCode);

        var again = _cli.Run("practice", bank);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Nothing is due now. The next story is due", again.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_AfterOnePractice_ListsItLaterAndTheRestAsNew()
    {
        var answerId = PracticeCli.SeedAnswerId("Kafka Streams");
        _cli.Run(KafkaAnswer, 20, "practice", PracticeCli.SeedBank, "--answer", answerId);

        var run = _cli.Run("due", PracticeCli.SeedBank);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("0 due and 43 never practised now, 1 later.", run.Console, StringComparison.Ordinal);
        Assert.Contains("now (new)", run.Console, StringComparison.Ordinal);
        // The table wraps long titles; the first words of the practised story's title head its row.
        Assert.Contains(string.Join(' ', PracticeCli.SeedTitle("Kafka Streams").Split(' ').Take(3)), run.Console, StringComparison.Ordinal);
        Assert.DoesNotContain(answerId, run.Console, StringComparison.Ordinal);
        Assert.Contains("Story 2 of 3", run.Console, StringComparison.Ordinal);
        Assert.Contains("Next story due after now:", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Practice_QuestionWithThreeStories_SaysWhichStoryToTell()
    {
        var answerId = PracticeCli.SeedAnswerId("The team I was managing");

        var run = _cli.Run("practice", PracticeCli.SeedBank, "--answer", answerId);

        Assert.Contains("Question 1 of 1", run.Console, StringComparison.Ordinal);
        Assert.Contains("Story 2 of 3: " + PracticeCli.SeedTitle("The team I was managing"), run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Practice_NothingChosen_NeverAsksOneQuestionTwiceInARow()
    {
        var run = _cli.Run("practice", PracticeCli.SeedBank, "--count", "3");
        var bank = new StarCoach.Core.Import.BankImporter().ImportFile(PracticeCli.SeedBank).Bank!;
        var first = bank.Questions[0];

        // Input ends at once: only the first question is shown, and it is the first story of the first question.
        Assert.Contains(first.Text, run.Console, StringComparison.Ordinal);
        Assert.Contains("Story 1 of 3: ", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_FollowUp_WaitsForEnterSaysHowToSkipAndAnEmptyLineSkipsIt()
    {
        var answerId = PracticeCli.SeedAnswerId("Kafka Streams");
        string[] typed =
        [
            .. KafkaAnswer.Take(5),
            PracticeCli.EnterAfter(40), string.Empty,
            PracticeCli.EnterAfter(25), "I built the test harness myself and ran the benchmarks over two weeks.", string.Empty,
        ];

        var run = _cli.Run(typed, 30, "practice", PracticeCli.SeedBank, "--answer", answerId);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Press Enter when ready", run.Console, StringComparison.Ordinal);
        Assert.Contains("Enter an empty line (or Ctrl+D) to skip this follow-up", run.Console, StringComparison.Ordinal);
        Assert.Contains("Follow-up skipped", run.Console, StringComparison.Ordinal);
        await using var db = _cli.OpenDb();
        var probeAnswers = await db.Attempts.Where(a => a.ParentAttemptId != null).ToListAsync(TestContext.Current.CancellationToken);
        var answered = Assert.Single(probeAnswers);

        // The 25 seconds spent reading before Enter are not the answer's: only the typed line's 30 are.
        Assert.Equal(30, answered.DurationSeconds);
    }

    [Fact]
    public void Practice_TwoStories_EndsWithASummaryOfTitlesGradesAndNextPractice()
    {
        var kafka = PracticeCli.SeedAnswerId("Kafka Streams");
        var team = PracticeCli.SeedAnswerId("The team I was managing");
        string[] typed =
        [
            .. KafkaAnswer.Take(5),
            .. Enumerable.Repeat(string.Empty, 6),
            "The team I was managing fixed bugs for customers, so I set up a rotation and we cut the backlog by half.",
            string.Empty,
        ];

        var run = _cli.Run(typed, 30, "practice", PracticeCli.SeedBank, "--answer", kafka, "--answer", team);

        Assert.Equal(0, run.ExitCode);
        var summary = run.Console[run.Console.IndexOf("Session summary", StringComparison.Ordinal)..];
        Assert.Contains("You practised 2 stories.", summary, StringComparison.Ordinal);
        Assert.Contains(PracticeCli.SeedTitle("Kafka Streams"), summary, StringComparison.Ordinal);
        Assert.Contains(PracticeCli.SeedTitle("The team I was managing"), summary, StringComparison.Ordinal);
        Assert.Matches("(Again|Hard|Good|Easy)", summary);
        Assert.Contains("Next practice", summary, StringComparison.Ordinal);
        Assert.Matches("(now|Mar 2025)", summary);
        Assert.DoesNotContain("today (", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_AfterPractice_ShowsScoresPerDimensionPracticePerDayAndWhatWasNeverPractised()
    {
        var answerId = PracticeCli.SeedAnswerId("Kafka Streams");
        _cli.Run(KafkaAnswer, 50, "practice", PracticeCli.SeedBank, "--answer", answerId);

        var run = _cli.Run("progress", PracticeCli.SeedBank, "--framework", "amazon");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 of 44 stories practised, 1 attempt", run.Console, StringComparison.Ordinal);
        Assert.Contains("Scores over time", run.Console, StringComparison.Ordinal);
        Assert.Contains("Ownership (1–4)", run.Console, StringComparison.Ordinal);
        Assert.Contains("By competency", run.Console, StringComparison.Ordinal);
        Assert.Contains("Stories practised per day", run.Console, StringComparison.Ordinal);
        Assert.Contains("1 of 1 answer ran over budget", run.Console, StringComparison.Ordinal);
        Assert.Contains("Never practised (43)", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_NoPracticeYet_SaysHowToStart()
    {
        var run = _cli.Run("progress", PracticeCli.SeedBank);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No practice yet", run.Console, StringComparison.Ordinal);
        Assert.Contains("Never practised (44)", run.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mode", "long", "unknown --mode 'long'; use full, compressed")]
    [InlineData("--interview-date", "14/12/2026", "is not a date; use YYYY-MM-DD")]
    [InlineData("--competency", "amazon:teamwork", "amazon has no competency 'teamwork'")]
    [InlineData("--level", "wizard", "unknown --level 'wizard'")]
    [InlineData("--count", "0", "--count must be at least 1")]
    [InlineData("--category", "Cooking", "no category 'Cooking'; the bank has 'Thinking outside the box'")]
    public void Practice_BadOption_ExitsTwoWithOneLineSayingWhatIsAccepted(string option, string value, string message)
    {
        var run = _cli.Run("practice", PracticeCli.SeedBank, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Due_MissingBankFile_ExitsTwoNamingTheFile()
    {
        var run = _cli.Run("due", "no-such-prep.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-prep.txt", run.Error, StringComparison.Ordinal);
    }
}
