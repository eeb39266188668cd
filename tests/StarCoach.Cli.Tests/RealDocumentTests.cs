using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StarCoach.Cli.Tests;

/// <summary>
/// The import of real prep documents other people wrote (<c>../shared/realdocs</c>: sixteen public documents, each with
/// a hand-written truth manifest), scored by the set's own checker (<c>check.py</c>) against the real
/// <c>starcoach import --json</c>. Nothing of those documents is in this repository; the test reads them where they are.
/// </summary>
public sealed partial class RealDocumentTests
{
    [GeneratedRegex(@"real docs: questions P=(?<p>\d+)% R=(?<r>\d+)%, answers right (?<a>\d+)%, sections right (?<s>\d+)%, words kept (?<k>[\d.]+)%")]
    private static partial Regex TotalsRegex();

    [Fact]
    public async Task Import_RealPrepDocuments_MeetsTheIssueFigures()
    {
        var checker = FindChecker();
        Assert.SkipWhen(checker is null, "../shared/realdocs/check.py is not beside the repository.");

        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(checker!);
        start.ArgumentList.Add("--cli");
        start.ArgumentList.Add("dotnet " + Path.Combine(AppContext.BaseDirectory, "starcoach.dll"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);

        var report = await output;
        var totals = TotalsRegex().Match(report);
        Assert.True(totals.Success, $"no totals line from check.py:\n{report}\n{await error}");
        Assert.DoesNotContain("ERROR", report, StringComparison.Ordinal);
        var figures = $"\n{report}";
        Assert.True(Percent(totals, "p") >= 95, "question precision under 95%" + figures);
        Assert.True(Percent(totals, "r") >= 95, "question recall under 95%" + figures);
        Assert.True(Percent(totals, "a") >= 90, "answer counts right under 90%" + figures);
        Assert.True(Percent(totals, "s") >= 90, "sections right under 90%" + figures);
        Assert.True(Percent(totals, "k") >= 100, "a word of a document was lost" + figures);
    }

    private static double Percent(Match totals, string group) => double.Parse(totals.Groups[group].Value, CultureInfo.InvariantCulture);

    private static string? FindChecker()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdocs", "check.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
