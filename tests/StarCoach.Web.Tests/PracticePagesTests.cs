using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace StarCoach.Web.Tests;

/// <summary>The practice pages over HTTP: ask, answer, review with probes, next date, progress; and no peeking at others' attempts.</summary>
public sealed partial class PracticePagesTests(HostedSqliteAppFactory factory) : IClassFixture<HostedSqliteAppFactory>
{
    private const string Prep = """
        Tell me about a time you reduced costs.

        Situation: Our depot paid for overtime every weekend.
        Action: I re-sequenced the pick waves instead of hiring temps and trained four pickers on two zones.
        Result: Overtime fell by 40% in one quarter, saving about £18,000.
        """;

    [GeneratedRegex("name=\"started\" value=\"([0-9]+)\"")]
    private static partial Regex StartedRegex();

    private static async Task<HttpClient> RegisterAsync(HostedSqliteAppFactory factory, string email)
    {
        var client = factory.Browser();
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/account/register");
        var response = await client.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["email"] = email,
            ["password"] = "correct horse battery",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<Guid> UploadAsync(HttpClient client)
    {
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Prep)), "file", "costs.txt" },
        };
        var response = await client.PostAsync("/?handler=Upload", form);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    private static async Task<string> AnswerFirstQuestionAsync(HttpClient client, Guid bank)
    {
        var next = await client.GetAsync($"/banks/{bank}/practice/next?mode=full");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var ask = next.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(ask);
        Assert.Contains("Tell me about a time you reduced costs.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timer\"", html, StringComparison.Ordinal);
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, ask);
        var answerId = Regex.Match(ask, "answerId=([^&]+)").Groups[1].Value;

        var response = await client.PostAsync($"/banks/{bank}/practice/ask?answerId={answerId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["answerId"] = answerId,
            ["mode"] = "full",
            ["started"] = StartedRegex().Match(html).Groups[1].Value,
            ["text"] = "We paid overtime every weekend, so I changed the pick waves. Overtime fell by 30% in a quarter.",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Practice_AnswerAQuestion_ShowsReviewRecallProbeAndNextDate_AndCountsInProgress()
    {
        var client = await RegisterAsync(factory, $"dana-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client);

        var attempt = await AnswerFirstQuestionAsync(client, bank);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(attempt));

        Assert.Contains("Next practice of this story", page, StringComparison.Ordinal);
        Assert.Contains("Interviewer:", page, StringComparison.Ordinal);
        Assert.Contains("changed", page, StringComparison.Ordinal);
        Assert.Contains("40%", page, StringComparison.Ordinal);
        var progress = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}/progress"));
        Assert.Contains("1</strong> answers told", progress, StringComparison.Ordinal);
        Assert.Contains("<svg", progress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_AnotherUsersAttempt_IsNotFound()
    {
        var erin = await RegisterAsync(factory, $"erin-{Guid.NewGuid():N}@example.org");
        var frank = await RegisterAsync(factory, $"frank-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(erin);
        var attempt = await AnswerFirstQuestionAsync(erin, bank);

        Assert.Equal(HttpStatusCode.OK, (await erin.GetAsync(attempt)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await frank.GetAsync(attempt)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await frank.GetAsync($"/banks/{bank}/practice")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await frank.GetAsync($"/banks/{bank}/progress")).StatusCode);
    }
}
