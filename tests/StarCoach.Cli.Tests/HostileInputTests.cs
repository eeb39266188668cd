using System.Diagnostics;

namespace StarCoach.Cli.Tests;

/// <summary>Files made to crash or exhaust <c>starcoach import</c>: each gets exit code 2 and one line naming it.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = _dir.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string> Files() => [.. HostileFiles.Names];

    [Theory]
    [MemberData(nameof(Files))]
    public void Import_HostileFile_ExitsTwoWithOneLineNamingTheFile(string name)
    {
        var (bytes, expected) = HostileFiles.ByName[name];
        var path = Write(name, bytes());

        var run = CliRun.Of("import", path, "--json");

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Equal(string.Empty, run.StandardOutput);
        var line = Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"starcoach: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected error", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_EndlessDevice_ExitsTwoWithOneLine()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");

        var run = CliRun.Of("import", "/dev/zero");

        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Equal("starcoach: /dev/zero: more than 20 MB to read, over the limit (reading stopped there); give a prep document file under 20 MB.\n", run.Error);
    }

    [Theory]
    [InlineData("zeros.pdf")]
    [InlineData("/dev/zero")]
    public async Task Starcoach_ImportBomb_StaysUnderAGigabyte(string name)
    {
        // The real executable, its peak working set sampled until it exits: a bomb that got through would be seen
        // climbing for seconds. Only the ceiling is asserted, never the time it took.
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");
        var path = name.StartsWith('/') ? name : Write(name, HostileFiles.ByName[name].Bytes());
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "starcoach.dll"));
        start.ArgumentList.Add("import");
        start.ArgumentList.Add(path);

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the check and the read
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "starcoach did not exit");
        Assert.Equal(CliApp.BadInput, process.ExitCode);
        Assert.Equal(string.Empty, await output);
        Assert.Single((await error).TrimEnd('\n').Split('\n'));
        Assert.True(peak < 1024L * 1024 * 1024, $"peak working set {peak / (1024 * 1024)} MB");
    }
}
