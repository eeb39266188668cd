using System.Text.RegularExpressions;
using StarCoach.Core.Competencies;

namespace StarCoach.Cli.Tests;

/// <summary>What the <c>starcoach</c> command as a whole promises: its version, its help, the levels the README names, its defaults.</summary>
public sealed partial class CommandLineTests
{
    private const string Answer = "Situation: Our clinic's waiting list had grown to nine weeks.\nAction: I split intake into a phone triage and a booked visit.\nResult: The list fell to three weeks by spring.";

    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public void Version_PrintsTheToolsVersionOnOneLine(string flag)
    {
        var run = CliRun.Of(flag);

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.StandardOutput.Trim().Split('\n'));
        Assert.Matches(@"^\d+\.\d+\.\d+", line);
        Assert.Equal(typeof(CliApp).Assembly.GetName().Version!.ToString(3), line.Trim());
    }

    [Fact]
    public void Help_ListsTheCommandsInTheOrderOfTheWork()
    {
        var run = CliRun.Of("--help");

        var commands = run.StandardOutput[run.StandardOutput.IndexOf("COMMANDS:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Select(line => CommandName().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        string[] workflow = ["import", "review", "match", "coverage", "check", "practice", "due", "progress", "export", "serve"];
        Assert.Equal(workflow, commands);
    }

    /// <summary>Every level the README promises (junior … principal and the IC/L/E/SDE ladders) is one the CLI takes.</summary>
    [Fact]
    public void Level_EveryLadderTheReadmePromises_IsAccepted()
    {
        var readme = File.ReadAllText(Path.Combine(SeedDocuments.RepositoryRoot(), "README.md"));
        var promised = LadderRange().Matches(readme)
            .SelectMany(m => Enumerable.Range(int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1)
                .Select(rung => m.Groups[1].Value + rung))
            .Concat(["junior", "mid", "senior", "staff", "principal"])
            .Distinct()
            .ToList();
        Assert.Contains("IC6", promised);
        Assert.Contains("SDE3", promised);

        var refused = promised.Where(level => CliRun.With(new StringReader(Answer), null, "review", "-", "--level", level, "--json").ExitCode != 0).ToList();

        Assert.Empty(refused);
        Assert.NotEqual(0, CliRun.With(new StringReader(Answer), null, "review", "-", "--level", "IC42").ExitCode);
    }

    [Fact]
    public void Coverage_WithoutFramework_UsesTheDefaultTheWebAppUses()
    {
        var run = CliRun.Of("coverage", SeedDocuments.Fixture("nurse-prep.md"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Out);
        Assert.Equal(CompetencyFrameworks.DefaultId, json.RootElement.GetProperty("framework").GetProperty("id").GetString());
    }

    [GeneratedRegex(@"^\s{4}(?:\x1b\[[0-9;]*m)?([a-z]+)\b")]
    private static partial Regex CommandName();

    [GeneratedRegex(@"\b(IC|SDE|L|E)(\d)–(?:IC|SDE|L|E)?(\d)\b")]
    private static partial Regex LadderRange();
}
