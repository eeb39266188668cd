using Microsoft.Playwright;

namespace StarCoach.E2E.Tests;

/// <summary>
/// The real web app started as its own process on a free loopback port with a fresh data folder (so it opens on
/// the sample bank, as for a new user), and a headless Debian Chromium driven by Playwright. The app in hosted mode
/// (accounts, on SQLite in its own folder) starts beside it the first time a test asks for it.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("starcoach-e2e-").FullName;
    private readonly string _hostedData = Directory.CreateTempSubdirectory("starcoach-e2e-hosted-").FullName;
    private readonly SemaphoreSlim _hostedStart = new(1, 1);
    private ChildProcess? _process;
    private ChildProcess? _hosted;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Where the hosted-mode app answers, once <see cref="HostedUrlAsync"/> has started it.</summary>
    public string HostedUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(RepositoryRoot, "artifacts", "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        BaseUrl = $"http://127.0.0.1:{ChildProcess.FreePort()}";
        _process = ChildProcess.StartWebApp(BaseUrl, new Dictionary<string, string> { ["XDG_DATA_HOME"] = _data }, Path.Combine(Screenshots, "server.log"));
        await _process.WaitUntilAnswersAsync(BaseUrl);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The hosted-mode app's address, started on the first call (most runs need only the local one).</summary>
    public async Task<string> HostedUrlAsync()
    {
        await _hostedStart.WaitAsync();
        try
        {
            if (_hosted is null)
            {
                var url = $"http://127.0.0.1:{ChildProcess.FreePort()}";
                _hosted = ChildProcess.StartWebApp(url, new Dictionary<string, string>
                {
                    ["XDG_DATA_HOME"] = _hostedData,
                    ["StarCoach__Mode"] = "hosted",
                }, Path.Combine(Screenshots, "server-hosted.log"));
                await _hosted.WaitUntilAnswersAsync(url + "/account/login");
                HostedUrl = url;
            }

            return HostedUrl;
        }
        finally
        {
            _hostedStart.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        foreach (var process in new[] { _process, _hosted })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        _hostedStart.Dispose();
        Directory.Delete(_data, recursive: true);
        Directory.Delete(_hostedData, recursive: true);
    }

    /// <summary>How long a click or a page load may take on a busy machine.</summary>
    public const int NavigationTimeoutMs = 120_000;

    /// <summary>How long an expectation waits for what the user should see.</summary>
    public const int ExpectTimeoutMs = 20_000;

    /// <summary>A fresh page at laptop size (or the given viewport), in the machine's time zone or <paramref name="timezoneId"/>, on the local app or <paramref name="baseUrl"/>.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string? timezoneId = null, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height }, BaseURL = baseUrl ?? BaseUrl, TimezoneId = timezoneId });

        // The suite runs beside the other test projects on two cores while the app embeds banks in the background:
        // a page can take far longer than on an idle machine. Waits are for what the user would see, with room.
        context.SetDefaultNavigationTimeout(NavigationTimeoutMs);
        context.SetDefaultTimeout(NavigationTimeoutMs);
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        return await context.NewPageAsync();
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
