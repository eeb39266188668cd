using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace StarCoach.Web.Tests;

/// <summary>The consistency page (with and without a résumé) and the export downloads.</summary>
public sealed class CheckAndExportTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private static async Task<Guid> UploadSeedAsync(HttpClient client)
    {
        using var content = new ByteArrayContent(SeedDocuments.Bytes("behavioral-questions.txt"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync("/api/banks?fileName=behavioral-questions.txt", content);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private static string ResumeFixture()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "StarCoach.Core.Tests", "Fixtures", "resume-ml-engineer.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("resume-ml-engineer.txt fixture not found");
    }

    [Fact]
    public async Task CheckPage_Seed_ShowsTheLatencyContradictionAndTheTenureChallenge()
    {
        var client = factory.Browser();
        var id = await UploadSeedAsync(client);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/check"));

        Assert.Contains("figure.contradiction", html, StringComparison.Ordinal);
        Assert.Contains("cut serving latency by 30%", html, StringComparison.Ordinal);
        Assert.Contains("load.implausible", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckPage_WithAResumeMissingAnEmployer_SaysSo()
    {
        var client = factory.Browser();
        var id = await UploadSeedAsync(client);
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, $"/banks/{id}/check");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(ResumeFixture())), "resume", "resume.txt" },
        };

        var response = await client.PostAsync($"/banks/{id}/check", form);

        response.EnsureSuccessStatusCode();
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("resume.employer-missing", html, StringComparison.Ordinal);
        Assert.Contains("Mphasis", html, StringComparison.Ordinal);
        Assert.Contains("checked against", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckPage_WithABinaryResume_ShowsAFriendlyError()
    {
        var client = factory.Browser();
        var id = await UploadSeedAsync(client);
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, $"/banks/{id}/check");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent([0, 1, 2, 0, 0, 5]), "resume", "cv.txt" },
        };

        var response = await client.PostAsync($"/banks/{id}/check", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("cv.txt", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pdf", "application/pdf", "%PDF-")]
    [InlineData("md", "text/markdown", "Tell me about a time you simplified a complex process or problem.")]
    [InlineData("anki", "text/tab-separated-values", "#separator:")]
    [InlineData("json", "application/json", "\"schemaVersion\": 1")]
    public async Task Export_EachFormat_DownloadsAFileOfThatKind(string to, string mediaType, string expected)
    {
        var client = factory.Browser();
        var id = await UploadSeedAsync(client);

        var response = await client.GetAsync($"/api/banks/{id}/export?to={to}");

        response.EnsureSuccessStatusCode();
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("behavioral-questions", response.Content.Headers.ContentDisposition?.FileName ?? string.Empty, StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    /// <summary>Saved beside the prep document, no download replaces it, and none uploaded again updates its bank.</summary>
    [Fact]
    public async Task Export_EveryDownload_IsNamedAfterItsKindNotThePrepDocument()
    {
        var client = factory.Browser();
        var id = await UploadSeedAsync(client);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var to in new[] { "md", "pdf", "anki", "json" })
        {
            var response = await client.GetAsync($"/api/banks/{id}/export?to={to}");
            names[to] = response.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? string.Empty;
        }

        var download = await client.GetAsync($"/api/banks/{id}?download=true");
        var bankJson = download.Content.Headers.ContentDisposition?.FileName?.Trim('"') ?? download.Headers.GetValues("Content-Disposition").Single();

        Assert.Equal("behavioral-questions-anki.txt", names["anki"]);
        Assert.Equal("behavioral-questions-cheatsheet.pdf", names["pdf"]);
        Assert.Equal(4, names.Values.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names.Values, name => Assert.NotEqual("behavioral-questions.txt", name));
        Assert.All(names.Values, name => Assert.StartsWith("behavioral-questions-", name, StringComparison.Ordinal));
        Assert.Contains(names["json"], bankJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnknownFormat_IsAProblem()
    {
        var client = factory.Browser();
        var id = await UploadSeedAsync(client);

        var response = await client.GetAsync($"/api/banks/{id}/export?to=docx");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
