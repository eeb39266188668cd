using System.Text.Json;

namespace StarCoach.Cli.Tests;

/// <summary><c>starcoach check</c> and <c>starcoach export</c> as scripts and people use them.</summary>
public sealed class CheckAndExportCommandTests : IDisposable
{
    private const string Resume = """
        SAM LEE
        EXPERIENCE
        Acme Corp — Senior Engineer                Jan 2020 – Dec 2023
        • Built the checkout service.
        """;

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, string content) => _dir.Write(name, content);

    [Fact]
    public void Check_SeedWithJson_PrintsOnlyTheVersionedReport()
    {
        var run = CliRun.Of("check", SeedDocuments.Path("behavioral-questions.txt"), "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Console + run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "figure.contradiction");
    }

    [Fact]
    public void Check_WithResume_ReportsTheEmployerItDoesNotList()
    {
        var bank = Write("prep.txt", "Tell me about a time you fixed [red] alerts.\n\nSituation: At Initech, the [bold]pager[/] fired hourly.\nResult: We cut pages by 80%.\n");

        var run = CliRun.Of("check", bank, "--resume", Write("resume.txt", Resume));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(Core.Consistency.FindingKinds.Name(Core.Consistency.FindingKinds.EmployerNotInResume), run.Console, StringComparison.Ordinal);
        Assert.DoesNotContain(Core.Consistency.FindingKinds.EmployerNotInResume, run.Console, StringComparison.Ordinal);
        Assert.Contains("Initech", run.Console, StringComparison.Ordinal);
        Assert.Contains("[bold]pager[/]", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingResume_ExitsWith2AndOneLine()
    {
        var run = CliRun.Of("check", SeedDocuments.Path("behavioral-questions.txt"), "--resume", _dir.PathOf("cv.pdf"));

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("cv.pdf: file not found", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Pdf_WritesACheatSheetAndRefusesToOverwriteWithoutForce()
    {
        var output = _dir.PathOf("sheet.pdf");

        var first = CliRun.Of("export", SeedDocuments.Path("behavioral-questions.txt"), "--to", "pdf", "-o", output);
        var second = CliRun.Of("export", SeedDocuments.Path("behavioral-questions.txt"), "--to", "pdf", "-o", output);
        var forced = CliRun.Of("export", SeedDocuments.Path("behavioral-questions.txt"), "--to", "pdf", "-o", output, "--force");

        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("%PDF-", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
    }

    [Theory]
    [InlineData("--to", "xml")]
    [InlineData("-o", "")]
    public void Export_BadUsage_ExitsWith2(string option, string value)
    {
        var run = CliRun.Of("export", SeedDocuments.Path("behavioral-questions.txt"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.NotEqual(string.Empty, run.Error);
    }

    [Fact]
    public void Import_CorruptDocx_ExitsWith2AndNamesTheFile()
    {
        var path = _dir.PathOf("prep.docx");
        File.WriteAllBytes(path, [(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0]);

        var run = CliRun.Of("import", path, "--format", "docx");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("prep.docx", line, StringComparison.Ordinal);
    }
}
