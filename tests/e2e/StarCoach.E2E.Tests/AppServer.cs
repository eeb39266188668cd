using Microsoft.Playwright;

namespace StarCoach.E2E.Tests;

/// <summary>
/// The real web app started as its own process on a free loopback port with a fresh data folder (so it opens on
/// the sample bank, as for a new user), and a headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class AppServer : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("starcoach-e2e-").FullName;
    private ChildProcess? _process;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = string.Empty;

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

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

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
