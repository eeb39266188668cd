using System.Text.Json;

namespace StarCoach.Cli.Tests;

/// <summary>A vector cache shared by the match tests, so the seed bank is embedded once.</summary>
public sealed class MatchCacheFixture : IDisposable
{
    public DirectoryInfo Directory { get; } = System.IO.Directory.CreateTempSubdirectory("starcoach-cli-cache-");

    public void Dispose() => Directory.Delete(recursive: true);
}

/// <summary><c>starcoach match</c> with the real model, offline.</summary>
public sealed class MatchCommandTests(MatchCacheFixture cache) : IClassFixture<MatchCacheFixture>
{
    private CliRun Match(params string[] args) =>
        CliRun.Of(["match", SeedDocuments.Path("behavioral-questions.txt"), .. args, "--cache-dir", cache.Directory.FullName]);

    [Fact]
    public void Match_Json_PrintsRankedResultsWithWhyAndSpan()
    {
        var run = Match("Tell me about a time you pushed back on a colleague's design", "--top", "3", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Console);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        var first = results[0];
        Assert.StartsWith("q-", first.GetProperty("questionId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("a-", first.GetProperty("answerId").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Tell me about a time you disagreed", first.GetProperty("questionText").GetString(), StringComparison.Ordinal);
        Assert.InRange(first.GetProperty("score").GetDouble(), 0, 1);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("why").GetProperty("bestSentence").GetString()));
        Assert.True(first.GetProperty("sourceSpan").GetProperty("startLine").GetInt32() > 0);
        Assert.All(results.EnumerateArray(), r => Assert.True(r.GetProperty("why").TryGetProperty("sameKind", out _)));
        Assert.Contains(first.GetProperty("fit").GetString(), new[] { "strong", "partial", "weak" });
        Assert.False(string.IsNullOrEmpty(first.GetProperty("title").GetString()));
    }

    [Fact]
    public void Match_QuestionNoStoryFits_SaysSoAndPointsToCoverage()
    {
        var run = Match("Tell me about a time you planned a wedding for a friend.", "--top", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No strong story for this question — see the gaps in Coverage", run.Console, StringComparison.Ordinal);
        Assert.Matches("(partial|weak)", run.Console);
    }

    [Fact]
    public void Match_Human_ShowsTheStoryAndWhy()
    {
        var run = Match("Describe a setback and how you recovered", "--top", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("How do you handle setbacks or failures?", run.Console, StringComparison.Ordinal);
        Assert.Contains("both ask:", run.Console, StringComparison.Ordinal);
        Assert.Contains("meaning", run.Console, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Core.Matching.MatchLimits.MaxTop + 1)]
    public void Match_TopOutOfRange_ExitsTwo(int top)
    {
        var run = Match("Tell me about yourself", "--top", top.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--top", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_MissingBank_ExitsTwoWithOneLine()
    {
        var run = CliRun.Of("match", "no-such-bank.txt", "Tell me about yourself");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }
}
