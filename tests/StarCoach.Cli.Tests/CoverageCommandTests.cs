using System.Text.Json;

namespace StarCoach.Cli.Tests;

/// <summary><c>starcoach coverage</c> as scripts and people use it.</summary>
public sealed class CoverageCommandTests
{
    [Fact]
    public void Coverage_AmazonJson_PrintsOnlyTheVersionedReport()
    {
        var run = CliRun.Of("coverage", SeedDocuments.Path("behavioral-questions.txt"), "--framework", "amazon", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Console);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("amazon", root.GetProperty("framework").GetProperty("id").GetString());
        Assert.Equal(16, root.GetProperty("competencies").GetArrayLength());
        Assert.True(root.GetProperty("stories").GetArrayLength() > 30);
        var gaps = root.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("competencyId").GetString()).ToHashSet();
        foreach (var competency in root.GetProperty("competencies").EnumerateArray())
        {
            Assert.Equal(competency.GetProperty("level").GetString() != "strong", gaps.Contains(competency.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public void Coverage_FourNursingStories_NameTheGapsWithTheQuestionsThatProbeThem()
    {
        var run = CliRun.Of("coverage", SeedDocuments.Fixture("nurse-prep.md"), "--framework", "amazon", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var gaps = json.RootElement.GetProperty("gaps").EnumerateArray().ToList();
        var thinkBig = Assert.Single(gaps, g => g.GetProperty("competencyId").GetString() == "think-big");
        Assert.NotEmpty(thinkBig.GetProperty("typicalQuestions").EnumerateArray());
        Assert.DoesNotContain(gaps, g => g.GetProperty("competencyId").GetString() == "insist-on-the-highest-standards");
    }

    [Fact]
    public void Coverage_Human_ShowsMatrixGapsAndNextSteps()
    {
        var run = CliRun.Of("coverage", SeedDocuments.Path("behavioral-questions.txt"), "--framework", "amazon");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Customer Obsession", run.Console, StringComparison.Ordinal);
        Assert.Contains("Stories × competencies", run.Console, StringComparison.Ordinal);
        Assert.Contains("Gaps", run.Console, StringComparison.Ordinal);
        Assert.Contains("Next steps", run.Console, StringComparison.Ordinal);
    }

    /// <summary>An answer pasted under two questions is a duplicate to tidy, not a story leaned on; both say so by the story's title.</summary>
    [Fact]
    public void Coverage_Human_PastedAnswer_IsListedAsADuplicateByTitle()
    {
        const string pasted = """
            Situation: At my last job, the night shift kept missing handover notes for the intensive care unit.
            Action: I wrote a one-page handover checklist, ran three short sessions with each shift and checked ten handovers a week for a month.
            Result: Missed handover items fell from twelve a week to two, and the ward manager adopted the checklist for all wards.
            """;
        using var folder = new TempFolder();
        var prep = folder.Write("pasted.txt", $"Tell me about a time you improved quality.\n\n{pasted}\n\nDescribe a time you showed ownership.\n\n{pasted}\n");
        var bank = new Core.Import.BankImporter().ImportFile(prep).Bank!;
        var title = Core.Banks.StoryTitle.Of(bank.Questions[0], bank.Questions[0].Answers[0]);

        var run = CliRun.Of("coverage", prep);

        Assert.Equal(0, run.ExitCode);
        var duplicates = run.Console[run.Console.IndexOf("Answers told in nearly the same words", StringComparison.Ordinal)..];
        Assert.Contains($"“{title}”", duplicates, StringComparison.Ordinal);
        Assert.DoesNotContain("Stories used for too many questions", run.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("At my last job", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_UnknownFramework_ExitsTwoNamingTheChoices()
    {
        var run = CliRun.Of("coverage", SeedDocuments.Path("behavioral-questions.txt"), "--framework", "netflix");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("amazon, meta, google, generic", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_OverridesFile_AddsTheTag()
    {
        var bank = SeedDocuments.Path("behavioral-questions.txt");
        using var before = JsonDocument.Parse(CliRun.Of("coverage", bank, "--framework", "amazon", "--json").Out);
        var answerId = before.RootElement.GetProperty("stories")[0].GetProperty("answerId").GetString();
        var path = Path.Combine(Path.GetTempPath(), $"starcoach-overrides-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""{"schemaVersion":1,"overrides":[{"answerId":"{{answerId}}","framework":"amazon","competencyId":"customer-obsession","action":"add"}]}""");
        try
        {
            var run = CliRun.Of("coverage", bank, "--framework", "amazon", "--overrides", path, "--json");

            Assert.Equal(0, run.ExitCode);
            using var after = JsonDocument.Parse(run.Out);
            Assert.Equal(1.0, after.RootElement.GetProperty("stories")[0].GetProperty("strength").GetProperty("customer-obsession").GetDouble());
            Assert.DoesNotContain(after.RootElement.GetProperty("gaps").EnumerateArray(), g => g.GetProperty("competencyId").GetString() == "customer-obsession");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Coverage_MissingBank_ExitsTwoWithOneLine()
    {
        var run = CliRun.Of("coverage", "no-such-bank.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not found", run.Error, StringComparison.Ordinal);
    }
}
