using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace StarCoach.E2E.Tests;

/// <summary>
/// The real web app started as its own process on a free loopback port with a fresh data folder (so it opens on
/// the sample bank, as for a new user), and a headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("starcoach-e2e-").FullName;
    private Process? _process;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var webDir = Path.Combine(RepositoryRoot, "src", "StarCoach.Web");
        var dll = Directory.GetFiles(Path.Combine(webDir, "bin"), "StarCoach.Web.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseUrl);
        start.ArgumentList.Add("--contentRoot");
        start.ArgumentList.Add(webDir);
        start.Environment["XDG_DATA_HOME"] = _data;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        _process = Process.Start(start)!;
        // The server's own log, kept beside the screenshots: what the app did when a browser test fails.
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(Screenshots, "server.log"), append: false) { AutoFlush = true });
        _process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        _process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilUpAsync();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        Directory.Delete(_data, recursive: true);
    }

    /// <summary>How long a click or a page load may take on a busy machine.</summary>
    public const int NavigationTimeoutMs = 120_000;

    /// <summary>How long an expectation waits for what the user should see.</summary>
    public const int ExpectTimeoutMs = 20_000;

    /// <summary>A fresh page at laptop size (or the given viewport), in the machine's time zone or <paramref name="timezoneId"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? timezoneId = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = BaseUrl, TimezoneId = timezoneId });

        // The suite runs beside the other test projects on two cores while the app embeds banks in the background:
        // a page can take far longer than on an idle machine. Waits are for what the user would see, with room.
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        context.SetDefaultTimeout(NavigationTimeoutMs);
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        return await context.NewPageAsync();
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"StarCoach.Web exited with {_process.ExitCode} before it started.");
            }

            try
            {
                if ((await http.GetAsync(BaseUrl)).StatusCode == HttpStatusCode.OK)
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

        throw new TimeoutException($"StarCoach.Web did not answer on {BaseUrl} within 90 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StarCoach.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("StarCoach.slnx not found above the test binaries.");
    }
}

/// <summary>One app and browser for all browser tests (starting them is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<AppServer>
{
    public const string Name = "browser";
}
