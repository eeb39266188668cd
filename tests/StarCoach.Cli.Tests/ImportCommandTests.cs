using System.Text.Json;

namespace StarCoach.Cli.Tests;

/// <summary><c>starcoach import</c> as scripts and people use it.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string content) => _dir.Write(name, content);

    [Fact]
    public void Import_WithJson_PrintsOnlyTheBankOnStdout()
    {
        var run = CliRun.Of("import", SeedDocuments.Path("behavioral-questions.txt"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Console);
        Assert.Equal(string.Empty, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(34, json.RootElement.GetProperty("questions").GetArrayLength());
    }

    [Fact]
    public void Import_WithoutJson_SummarisesCategoriesQuestionsAndWhatWasKeptAside()
    {
        var run = CliRun.Of("import", SeedDocuments.Path("behavioral-questions.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("34 questions in 7 categories", run.Console, StringComparison.Ordinal);
        Assert.Contains("Conflict Management", run.Console, StringComparison.Ordinal);
        Assert.Contains("star ×3", run.Console, StringComparison.Ordinal);
        Assert.Contains("compressed", run.Console, StringComparison.Ordinal);
        Assert.Contains("pitch", run.Console, StringComparison.Ordinal);
        Assert.Contains("near-duplicates", run.Console, StringComparison.Ordinal);
        Assert.Contains("Table of Contents", run.Console, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Import_ManyUncertainQuestions_ListsTheFirstTenAndSaysHowManyMore()
    {
        string[] topics =
        [
            "Handling conflict", "Leading without authority", "A missed deadline", "Calming a customer", "Learning a system fast", "Mentoring a colleague",
            "Deciding without data", "Improving a process", "Owning a mistake", "Pushing back on a manager", "Working under pressure", "Winning over a sceptic",
        ];
        var stories = topics.Select((topic, i) => $"## {topic}\n\nI was the shift lead at the depot in {2010 + i}. I agreed a plan with each person and we cut late orders by {10 + i}%.\n");
        var path = Write("topics.md", "# My stories\n\n" + string.Join('\n', stories));

        var run = CliRun.Of("import", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Check these first (12)", run.Console, StringComparison.Ordinal);
        Assert.Contains("Pushing back on a manager", run.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("question “Working under pressure”", run.Console, StringComparison.Ordinal);
        Assert.Contains("and 2 more", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TextWithMarkupCharacters_IsShownAsWritten()
    {
        var path = Write("brackets.txt", "Tell me about a time you fixed [red] alerts.\n\n<script>alert(1)</script> I tuned the [bold]pager[/] rules.\n");

        var run = CliRun.Of("import", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[red] alerts", run.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", "not found")]
    [InlineData("empty.txt", "empty")]
    public void Import_UnreadableFile_ExitsWith2AndOneLineOnStderr(string name, string expected)
    {
        var path = name == "empty.txt" ? Write(name, string.Empty) : _dir.PathOf(name);

        var run = CliRun.Of("import", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains(name, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnknownFormat_ExitsWith2()
    {
        var run = CliRun.Of("import", SeedDocuments.Path("behavioral-questions.txt"), "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format", run.Error + run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WithoutFile_ExitsWith2AndSaysWhatIsMissing()
    {
        var run = CliRun.Of("import");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("FILE", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_Help_ShowsUsageAndOptions()
    {
        var run = CliRun.Of("import", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--format", run.Console, StringComparison.Ordinal);
        Assert.Contains("--json", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ForcedFormat_OverridesTheExtension()
    {
        var path = Write("prep.txt", "## Describe a time you led a change.\n\n**Situation:** The ward moved to electronic charts.\n");

        using var json = JsonDocument.Parse(CliRun.Of("import", path, "--format", "md", "--json").Out);

        var answer = json.RootElement.GetProperty("questions")[0].GetProperty("answers")[0];
        Assert.Equal("Situation", answer.GetProperty("sections")[0].GetProperty("label").GetString());
    }
}
