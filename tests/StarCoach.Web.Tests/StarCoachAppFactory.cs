using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StarCoach.Data;

namespace StarCoach.Web.Tests;

/// <summary>
/// The real web app in memory on a real database: a fresh SQLite file, or a fresh database on the PostgreSQL
/// server named by <c>STARCOACH_TEST_POSTGRES</c> (scripts/test.sh starts one).
/// </summary>
public abstract partial class StarCoachAppFactory : WebApplicationFactory<Program>
{
    public const string PostgresVariable = ScratchPostgres.Variable;

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected virtual string Mode => "local";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:StarCoach", ConnectionString);
        builder.UseSetting("StarCoach:Mode", Mode);
        builder.UseSetting("StarCoach:SampleBank", "false");

        // Warnings and errors only: the test run prints the app's log when something fails, and start-up chatter of
        // a hundred hosts buries the failure.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Embedding every upload would load the model in every test; the match tests ask for their index explicitly.
        builder.UseSetting("StarCoach:IndexOnImport", "false");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see what the browser would.</summary>
    /// <remarks>
    /// A browser waits for a page as long as it takes; the first view of a bank embeds its sentences, which on two
    /// cores shared with other suites has taken over HttpClient's default 100 seconds.
    /// </remarks>
    public HttpClient Browser()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.Timeout = TimeSpan.FromMinutes(10);
        return client;
    }

    public T Service<T>(Action<T>? use = null)
        where T : notnull
    {
        using var scope = Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<T>();
        use?.Invoke(service);
        return service;
    }

    public async Task WithDbAsync(Func<StarCoachDb, Task> use)
    {
        await using var scope = Services.CreateAsyncScope();
        await use(scope.ServiceProvider.GetRequiredService<StarCoachDb>());
    }

    /// <summary>Uploads <paramref name="text"/> as the file <paramref name="name"/> through the API; the new bank's id.</summary>
    public static async Task<Guid> UploadAsync(HttpClient client, string name, string text)
    {
        using var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync($"/api/banks?fileName={name}", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    /// <summary>The antiforgery token of the form on <paramref name="path"/> (the cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path) => TokenIn(await client.GetStringAsync(path), path);

    /// <summary>The antiforgery token of the form in <paramref name="html"/>, the page at <paramref name="path"/>.</summary>
    public static string TokenIn(string html, string path)
    {
        var match = TokenRegex().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}

/// <summary>The app on a fresh SQLite file (the local default).</summary>
public class SqliteAppFactory : StarCoachAppFactory
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"starcoach-web-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";

    protected override string ConnectionString => $"Data Source={_path};Foreign Keys=True;Pooling=False";

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        File.Delete(_path);
    }
}

/// <summary>The app in hosted mode (accounts) on SQLite.</summary>
public class HostedSqliteAppFactory : SqliteAppFactory
{
    protected override string Mode => "hosted";

    /// <summary>Settings on top of the shipped ones. These tests register many accounts from one address, so the
    /// per-address limit on sign-in attempts is raised; <c>HostedProtectionTests</c> tests the shipped limits.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["StarCoach:AccountAttemptsPerMinute"] = "10000" };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>Hosted mode with the shipped limits, behind a proxy at 127.0.0.1, plus <paramref name="settings"/>.</summary>
public sealed class HostedWithLimitsAppFactory(params (string Key, string Value)[] settings) : HostedSqliteAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        settings.Append((Key: "StarCoach:KnownProxies", Value: "127.0.0.1")).ToDictionary(s => s.Key, s => s.Value);
}

/// <summary>The app on a fresh database of a real PostgreSQL server.</summary>
public sealed class PostgresAppFactory : StarCoachAppFactory
{
    private readonly string _database = ScratchPostgres.NewName();

    public static bool Available => ScratchPostgres.Server is not null;

    protected override string Provider => "postgres";

    protected override string ConnectionString => ScratchPostgres.ConnectionString(_database);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Available)
        {
            ScratchPostgres.Drop(_database);
        }
    }
}
