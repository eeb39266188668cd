using System.Text;
using System.Text.Json;
using Spectre.Console.Testing;

namespace StarCoach.Cli.Tests;

/// <summary><c>starcoach review</c> run in process, with its console, stdout, stderr and stdin captured.</summary>
public sealed class ReviewCommandTests
{
    private const string Story = """
        Situation: At a 200-room hotel, check-ins took eleven minutes at the evening peak and our rating slipped to 4.1.
        Task: The general manager asked me to get check-in under five minutes by the summer.
        Action: I worked with the booking vendor to pre-fill registration cards overnight, changed the rota so our most experienced receptionist covered the 6 p.m. rush, and opened an express desk for guests who had checked in online. I coached the team on a short greeting and shared good reviews with them every week.
        Result: Check-in fell from eleven minutes to four, and our rating rose to 4.6 by July.
        """;

    private static readonly string Seed = SeedDocuments.Path("behavioral-questions.txt");

    [Fact]
    public void Run_BankWithJson_PrintsOnlyValidJsonOnStdout()
    {
        var run = Run(["review", Seed, "--level", "IC6", "--json"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Console);
        Assert.Empty(run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("staff", json.RootElement.GetProperty("level").GetString());
        Assert.Equal(48, json.RootElement.GetProperty("reviews").GetArrayLength());
        Assert.EndsWith("}\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameBankTwice_PrintsTheSameBytes()
    {
        var first = Run(["review", Seed, "--json"]);
        var second = Run(["review", Seed, "--json"]);

        Assert.Equal(Encoding.UTF8.GetBytes(first.Stdout), Encoding.UTF8.GetBytes(second.Stdout));
    }

    [Theory]
    [InlineData("error", 1)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    public void Run_BankWithFailOn_ExitsOneWhenAFindingReachesTheLevel(string failOn, int expected)
    {
        Assert.Equal(expected, Run(["review", Seed, "--json", "--fail-on", failOn]).ExitCode);
    }

    [Fact]
    public void Run_CleanAnswerWithFailOnError_ExitsZero()
    {
        var run = Run(["review", "-", "--question", "Tell me about a time you improved a process.", "--fail-on", "error", "--json"], stdin: Story);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.DoesNotContain(json.RootElement.GetProperty("reviews")[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public void Run_TypedAnswersOnStdin_GiveTheReviewEveryOtherEntryPointGives()
    {
        var reviewer = new StarCoach.Core.Review.AnswerReviewer();
        foreach (var text in StarCoach.Testing.TypedAnswers.All)
        {
            var run = Run(["review", "-", "--question", StarCoach.Testing.TypedAnswers.Question, "--json"], stdin: text);

            using var json = JsonDocument.Parse(run.Stdout);
            var review = json.RootElement.GetProperty("reviews")[0];
            var expected = reviewer.ReviewText(text, StarCoach.Testing.TypedAnswers.Question);
            Assert.Equal(expected.Overall, review.GetProperty("overall").GetInt32());
            Assert.Equal(expected.Findings.Select(f => $"{f.Rule}@{f.Start}"), review.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("rule").GetString()}@{f.GetProperty("start").GetInt32()}"));
        }
    }

    [Fact]
    public void Run_HypotheticalAnswerWithFailOnError_ExitsOne()
    {
        var run = Run(["review", "-", "--fail-on", "error"], stdin: "I would listen first. Then I would apologise and I'd follow up the next day.");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Told as a plan", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StdinWithQuestion_ReviewsTheOneAnswerAgainstItsParts()
    {
        var run = Run(["review", "-", "--question", "Tell me about a time you improved a process. What was the outcome?", "--json"], stdin: Story);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var review = Assert.Single(json.RootElement.GetProperty("reviews").EnumerateArray());
        Assert.Equal("stdin", review.GetProperty("answerId").GetString());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("questionId").ValueKind);
        Assert.Equal("star", review.GetProperty("kind").GetString());
        Assert.Equal(2, review.GetProperty("parts").GetArrayLength());
        Assert.True(review.GetProperty("parts")[1].GetProperty("covered").GetBoolean());
    }

    [Fact]
    public void Run_StdinHumanOutput_ShowsAnswerRubricAndTopFixes()
    {
        var run = Run(["review", "-", "--level", "staff"], stdin: "So, um, we fixed the rota.\nWe trained the team and things got better.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rubric", run.Console, StringComparison.Ordinal);
        Assert.Contains("Structure", run.Console, StringComparison.Ordinal);
        Assert.Contains("Top fixes", run.Console, StringComparison.Ordinal);
        Assert.Contains("Filler words", run.Console, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    /// <summary>People read what is wrong in plain words; scripts read rule ids in the JSON.</summary>
    [Fact]
    public void Run_StdinHumanOutput_NamesFindingsInPlainWords_AndJsonKeepsTheRuleIds()
    {
        const string answer = "Situation: I think our clinic's waiting list had maybe grown to nine weeks.\nAction: So, um, we fixed the rota and basically trained the team.\nResult: Things got better.";
        var json = Run(["review", "-", "--json"], stdin: answer);
        using var report = JsonDocument.Parse(json.Stdout);
        var rules = report.RootElement.GetProperty("reviews")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!).Distinct().ToList();
        Assert.Contains("language.hedge", rules);
        Assert.True(rules.Count >= 3);

        var human = Run(["review", "-"], stdin: answer);

        Assert.All(rules, rule => Assert.DoesNotContain(rule, human.Console, StringComparison.Ordinal));
        Assert.DoesNotContain("fired:", human.Console, StringComparison.Ordinal);
        Assert.Contains("Hedging", human.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AnswerWithMarkupCharacters_PrintsThemLiterally()
    {
        var run = Run(["review", "-"], stdin: "I fixed the [bold]rota[/] and the [red] queue [/red] fell to 5 minutes.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[bold]rota[/]", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BankHumanOutput_ShowsOneRowPerAnswerAndTotals()
    {
        var run = Run(["review", Seed]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("48 answers", run.Console, StringComparison.Ordinal);
        Assert.Contains("By finding", run.Console, StringComparison.Ordinal);
        // Each story by its title (the table wraps long ones; its first words head the cell).
        var bank = new Core.Import.BankImporter().ImportFile(Seed).Bank!;
        var title = Core.Banks.StoryTitle.Of(bank.Questions[0], bank.Questions[0].Answers[0]);
        Assert.Contains(string.Join(' ', title.Split(' ').Take(2)), run.Console, StringComparison.Ordinal);
        Assert.Contains("Told as a plan", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BankWithAnswerId_ShowsThatAnswerInFull()
    {
        var reviews = JsonDocument.Parse(Run(["review", Seed, "--json"]).Stdout).RootElement.GetProperty("reviews");
        var withFixes = reviews.EnumerateArray().First(r => r.GetProperty("findings").GetArrayLength() > 0 && r.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String);
        var question = withFixes.GetProperty("question").GetString()!;

        var run = Run(["review", Seed, "--answer", withFixes.GetProperty("answerId").GetString()!]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(question[..Math.Min(question.Length, 40)], run.Console.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.Contains("Top fixes", run.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "review", "/no/such/prep.txt" }, "/no/such/prep.txt")]
    [InlineData(new[] { "review", "-", "--level", "wizard" }, "--level")]
    [InlineData(new[] { "review", "-", "--fail-on", "sometimes" }, "--fail-on")]
    [InlineData(new[] { "review", "prep.txt", "--question", "Why?" }, "--question")]
    [InlineData(new[] { "review", "-", "--answer", "a-1" }, "--answer")]
    [InlineData(new[] { "review" }, "FILE")]
    public void Run_BadUsageOrInput_ExitsTwoWithOneLineOnStderr(string[] args, string mentioned)
    {
        var run = Run(args, stdin: Story);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("starcoach: ", line, StringComparison.Ordinal);
        Assert.Contains(mentioned, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Run_EmptyStdin_ExitsTwo()
    {
        var run = Run(["review", "-"], stdin: "  \n ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("stdin", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownAnswerId_ExitsTwo()
    {
        var run = Run(["review", Seed, "--answer", "a-00000000"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a-00000000", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneMegabyteOnStdin_IsReviewedWithinTheLimit()
    {
        var huge = string.Concat(Enumerable.Repeat("I rebuilt the rota and the queue fell. ", 1024 * 1024 / 39));

        var run = Run(["review", "-", "--json"], stdin: huge);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("only the start was reviewed", run.Stdout, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Stdout, string Stderr, string Console) Run(string[] args, string? stdin = null)
    {
        var console = new TestConsole();
        console.Profile.Width = 120;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, new CliStreams(console, stdout, stderr, new StringReader(stdin ?? string.Empty)));
        return (exit, stdout.ToString(), stderr.ToString(), console.Output);
    }
}
