using System.Diagnostics;
using System.Text.Json;

namespace StarCoach.Cli.Tests;

/// <summary>The real <c>starcoach</c> executable: exit codes, stdout and stderr as a shell sees them.</summary>
public sealed class ProcessTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithData(null, args);

    private static (int ExitCode, string Out, string Error) RunWithData(string? dataHome, params string[] args) =>
        RunWithEnvironment(dataHome is null ? [] : [("XDG_DATA_HOME", dataHome)], args);

    private static (int ExitCode, string Out, string Error) RunWithEnvironment((string Name, string Value)[] environment, params string[] args) =>
        RunIn(null, environment, args);

    private static ProcessStartInfo Starcoach(string? workingDirectory, (string Name, string Value)[] environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "starcoach.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static (int ExitCode, string Out, string Error) RunIn(string? workingDirectory, (string Name, string Value)[] environment, params string[] args)
    {
        using var process = Process.Start(Starcoach(workingDirectory, environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "starcoach did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Starcoach_ImportJson_WritesUtf8JsonAndExitsZero()
    {
        var (exit, output, error) = Run("import", SeedDocuments.Path("behavioral-questions.txt"), "--json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("“outside the box”", json.RootElement.GetProperty("questions")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Starcoach_ImportBinaryFile_ExitsTwoWithOneLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"starcoach-binary-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0, 1, 2, 3, 0, 255, 254, 0]);
        try
        {
            var (exit, output, error) = Run("import", path);

            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
            Assert.Contains("binary", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
    [Fact]
    public void Starcoach_ServeOnAPortInUse_ExitsTwoWithOneLineNamingTheAddress()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";
        var data = Path.Combine(Path.GetTempPath(), $"starcoach-serve-{Guid.NewGuid():N}");
        try
        {
            var (exit, _, error) = RunWithData(data, "serve", "--urls", address);

            Assert.Equal(2, exit);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
            Assert.Contains(address, error, StringComparison.Ordinal);
            Assert.Contains("already in use", error, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    // Local mode has no login: no way of giving an address may make it listen beyond this machine.
    [Theory]
    [InlineData("--urls", "Kestrel__Endpoints__e__Url")]
    [InlineData("--urls", "")]
    public void Starcoach_ServeOnEveryInterface_ExitsTwoWithOneLine_BeforeListening(string flag, string variable)
    {
        var data = Path.Combine(Path.GetTempPath(), $"starcoach-serve-{Guid.NewGuid():N}");
        (string, string)[] environment = variable switch
        {
            "" => [("XDG_DATA_HOME", data)],
            _ => [("XDG_DATA_HOME", data), (variable, "http://0.0.0.0:5198")],
        };
        string[] args = flag.Length > 0 && variable.Length == 0 ? ["serve", flag, "http://0.0.0.0:5197"] : ["serve"];
        try
        {
            var (exit, _, error) = RunWithEnvironment(environment, args);

            Assert.Equal(2, exit);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
            Assert.Contains("not a loopback address", error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }

    [Fact]
    public void Starcoach_DueWithoutDb_SaysWhichDatabaseItWritesBeforeWriting()
    {
        using var data = new TempFolder();
        var (exit, output, error) = RunWithData(data.Directory.FullName, "due", SeedDocuments.Path("behavioral-questions.txt"));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var database = Path.Combine(data.Directory.FullName, "starcoach", "starcoach.db");
        Assert.True(File.Exists(database));
        // The first thing said (before the schedule), however the terminal wraps it.
        var said = System.Text.RegularExpressions.Regex.Replace(output, @"\x1b\[[0-9;]*m", string.Empty).ReplaceLineEndings(" ");
        Assert.InRange(said.IndexOf(database, StringComparison.Ordinal), 0, said.IndexOf(" due ", StringComparison.Ordinal));
        Assert.Contains("--db", said[..said.IndexOf(" due ", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Starcoach_ExportWithoutOutput_NamesEachFileAfterItsKind()
    {
        using var folder = new TempFolder();
        var prep = folder.Write("interviews.txt", File.ReadAllText(SeedDocuments.Path("behavioral-questions.txt")));

        var written = new[] { "md", "pdf", "anki", "json" }
            .Select(to => (To: to, Run: RunIn(folder.Directory.FullName, [], "export", prep, "--to", to)))
            .ToList();

        Assert.All(written, w => Assert.Equal(0, w.Run.ExitCode));
        var files = folder.Directory.GetFiles().Select(f => f.Name).Where(n => n != "interviews.txt").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, files.Count);
        Assert.All(files, name => Assert.StartsWith("interviews-", name, StringComparison.Ordinal));
        Assert.Contains("interviews-anki.txt", files);
        Assert.Contains("interviews-cheatsheet.pdf", files);
        Assert.All(written, w => Assert.Contains(files, name => w.Run.Out.Contains(name, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Starcoach_Serve_PrintsOneLineWithTheAddressToOpenWhenReady()
    {
        using var data = new TempFolder();
        using var free = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        free.Start();
        var address = $"http://127.0.0.1:{((System.Net.IPEndPoint)free.LocalEndpoint).Port}";
        free.Stop();
        using var process = Process.Start(Starcoach(null, [("XDG_DATA_HOME", data.Directory.FullName)], ["serve", "--urls", address]))!;
        try
        {
            var lines = new List<string>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("StarCoach is ready", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.Equal([$"StarCoach is ready: open {address}"], lines);
            using var client = new HttpClient();
            var page = await client.GetAsync(new Uri(address + "/"), TestContext.Current.CancellationToken);
            Assert.True(page.IsSuccessStatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }
}
