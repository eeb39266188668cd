using System.Net;
using System.Net.Http.Json;

namespace StarCoach.Web.Tests;

/// <summary>
/// Local mode has no login, so it answers only requests addressed to this machine: a page served from another host
/// name that resolves to 127.0.0.1 (DNS rebinding) must not read or write a bank.
/// </summary>
public sealed class LocalModeGuardTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/banks")]
    public async Task RequestForAnotherHostName_IsRefused_AndSaysWhereToOpenIt(string path)
    {
        var client = factory.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "rebind.example.com";

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:5180")]
    [InlineData("[::1]:5180")]
    public async Task RequestForALoopbackName_IsServed(string host)
    {
        var client = factory.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://rebind.example.com", "")]
    [InlineData("null", "cross-site")]
    [InlineData("null", "")]
    [InlineData("", "cross-site")]
    public async Task WriteFromAnotherOrigin_IsRefusedWithProblemDetails(string origin, string fetchSite)
    {
        var response = await ReviewFromAsync(origin, fetchSite);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5180", "same-origin")]
    [InlineData("http://localhost:5180", "")]
    [InlineData("", "")]
    public async Task WriteFromTheAppsOwnOrigin_OrFromAToolOnThisMachine_IsServed(string origin, string fetchSite)
    {
        var response = await ReviewFromAsync(origin, fetchSite);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> ReviewFromAsync(string origin, string fetchSite)
    {
        var text = "I moved the delivery slot to Friday and trained two shift leads, and complaints fell from ten to two.";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/review") { Content = JsonContent.Create(new { text }) };
        if (origin.Length > 0)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite.Length > 0)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return await factory.Browser().SendAsync(request);
    }
}
