using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StarCoach.E2E.Tests;

/// <summary>
/// A server the tests start as its own process, the real web app or a reverse proxy in front of it, its output in a
/// log file; killed with its children when disposed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _name;

    private ChildProcess(Process process, string name)
    {
        _process = process;
        _name = name;
    }

    /// <summary>The web app (the built StarCoach.Web.dll) on <paramref name="url"/>, with <paramref name="environment"/> added to this process's own.</summary>
    public static ChildProcess StartWebApp(string url, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var webDir = Path.Combine(AppServer.RepositoryRoot, "src", "StarCoach.Web");
        var dll = Directory.GetFiles(Path.Combine(webDir, "bin"), "StarCoach.Web.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var withDefaults = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        };
        foreach (var (name, value) in environment)
        {
            withDefaults[name] = value;
        }

        return Start("dotnet", [dll, "--urls", url, "--contentRoot", webDir], webDir, withDefaults, logPath);
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, string logPath)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        // The server's own log: what it did when a test fails.
        var log = TextWriter.Synchronized(new StreamWriter(logPath, append: false) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ChildProcess(process, Path.GetFileNameWithoutExtension(logPath));
    }

    /// <summary>Waits until <paramref name="url"/> answers 200, for up to <paramref name="seconds"/> on a busy machine.</summary>
    public async Task WaitUntilAnswersAsync(string url, int seconds = 90)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} exited with {_process.ExitCode} before it answered on {url} (see its log).");
            }

            try
            {
                if ((await http.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"{_name} did not answer on {url} within {seconds} s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
