using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    private const string TwoStories = """
        Tell me about a time you reduced costs.

        Situation: At my last job, our depot paid for overtime every weekend.
        Action: I re-sequenced the pick waves instead of hiring temps.
        Result: Overtime fell by 40% in one quarter.

        Situation: In 2023 the county library was losing its teenage readers.
        Action: I started a Saturday game club in the reading room.
        Result: Teenage visits rose by a third.

        Tell me about a time you disagreed with your manager.

        Situation: My manager wanted to skip the safety briefing to hit a deadline.
        Action: I proposed a ten-minute version and showed last year's incident numbers.
        Result: We shipped on time with no incidents.
        """;

    private static Task<Guid> UploadAsync(HttpClient client) => UploadAsync(client, Prep);

    /// <summary>A new account, signed in, with a bank of <see cref="TwoStories"/>.</summary>
    private async Task<(HttpClient Client, Guid Bank)> TwoStoriesAsync(string name)
    {
        var client = await RegisterAsync(factory, $"{name}-{Guid.NewGuid():N}@example.org");
        return (client, await UploadAsync(client, TwoStories));
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string prep)
    {
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(prep)), "file", "costs.txt" },
        };
        var response = await client.PostAsync("/?handler=Upload", form);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    /// <summary>A retelling in other words: every point and figure of the prepared story, told differently.</summary>
    private const string Paraphrase = "Every weekend our depot was paying for overtime. Rather than bringing in temps, I reordered the pick waves, and I trained four pickers to cover two zones. Within one quarter overtime dropped 40 percent, which saved roughly 18,000 pounds.";

    [GeneratedRegex("<strong id=\"grade\">([A-Za-z]+)</strong>")]
    private static partial Regex GradeRegex();

    private static async Task<string> AnswerFirstQuestionAsync(HttpClient client, Guid bank, string question = "Tell me about a time you reduced costs.", string text = "We paid overtime every weekend, so I changed the pick waves. Overtime fell by 30% in a quarter.")
    {
        var next = await client.GetAsync($"/banks/{bank}/practice/next?mode=full");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var ask = next.Headers.Location!.OriginalString;
        var html = await client.GetStringAsync(ask);
        Assert.Contains(question, html, StringComparison.Ordinal);
        Assert.Contains("id=\"timer\"", html, StringComparison.Ordinal);
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, ask);
        var answerId = Regex.Match(ask, "answerId=([^&]+)").Groups[1].Value;

        var response = await client.PostAsync($"/banks/{bank}/practice/ask?answerId={answerId}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["answerId"] = answerId,
            ["mode"] = "full",
            ["started"] = StartedRegex().Match(html).Groups[1].Value,
            ["text"] = text,
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

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await StarCoachAppFactory.AntiforgeryTokenAsync(client, page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task BankPage_Today_SaysWhatIsDueTheDaysToTheInterviewAndTheFixesWorthMost()
    {
        var (client, bank) = await TwoStoriesAsync("ines");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}"));
        Assert.Contains("<strong>3</strong> of 3 stories due", page, StringComparison.Ordinal);
        Assert.Contains("No interview date", page, StringComparison.Ordinal);
        var fixes = Regex.Match(page, "<ol class=\"today-fixes\" id=\"today-fixes\">(.*?)</ol>", RegexOptions.Singleline).Groups[1].Value;
        Assert.InRange(Regex.Count(fixes, "<li>"), 1, 3);
        Assert.Contains($"/banks/{bank}/answers/", fixes, StringComparison.Ordinal);

        var interview = DateOnly.FromDateTime(DateTime.Now).AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, $"/banks/{bank}/practice");
        var saved = await client.PostAsync($"/banks/{bank}/practice?handler=Interview", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["interview"] = interview }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await AnswerFirstQuestionAsync(client, bank);

        page = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}"));
        Assert.Contains("<strong>2</strong> of 3 stories due", page, StringComparison.Ordinal);
        Assert.Contains("5 days to the interview", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_QuestionWithTwoStories_ScheduleAndQuestionSayWhichStoryByTitle()
    {
        var (client, bank) = await TwoStoriesAsync("gail");

        var schedule = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}/practice"));
        Assert.Contains("<strong class=\"story-title\">Our depot paid for overtime every weekend</strong>", schedule, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"story-title\">The county library was losing its teenage readers</strong>", schedule, StringComparison.Ordinal);
        Assert.Contains("Tell me about a time you reduced costs. · Story 2 of 2", schedule, StringComparison.Ordinal);
        Assert.DoesNotMatch(">[^<]*a-[0-9a-f]{8}[^<]*<", schedule);

        var next = await client.GetAsync($"/banks/{bank}/practice/next");
        var ask = WebUtility.HtmlDecode(await client.GetStringAsync(next.Headers.Location!.OriginalString));
        Assert.Contains("Story 1 of 2</span>", ask, StringComparison.Ordinal);
        Assert.Contains("<span class=\"story-title\">Our depot paid for overtime every weekend</span>", ask, StringComparison.Ordinal);
        Assert.Contains("question 1 of 3", ask, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_SessionOfOneStory_SkippedFollowUpsLeadToASummaryWithTitleGradeAndNextDate()
    {
        var client = await RegisterAsync(factory, $"hana-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client);
        var next = await client.GetAsync($"/banks/{bank}/practice/next?mode=full&count=1");
        var ask = next.Headers.Location!.OriginalString;
        var askHtml = await client.GetStringAsync(ask);
        var answerId = Regex.Match(ask, "answerId=([^&]+)").Groups[1].Value;
        var session = WebUtility.HtmlDecode(Regex.Match(askHtml, "name=\"session\" value=\"([^\"]*)\"").Groups[1].Value);
        var posted = await PostFormAsync(client, ask, $"/banks/{bank}/practice/ask?answerId={answerId}", new()
        {
            ["answerId"] = answerId,
            ["mode"] = "full",
            ["session"] = session,
            ["started"] = StartedRegex().Match(askHtml).Groups[1].Value,
            ["text"] = "We paid overtime every weekend, so I changed the pick waves. Overtime fell by 30% in a quarter.",
        });
        var attempt = posted.Headers.Location!.OriginalString;

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(attempt));
        Assert.Contains("Start answering", page, StringComparison.Ordinal);
        Assert.Contains("Skip this follow-up", page, StringComparison.Ordinal);
        Assert.Contains("End session", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"next-question\"", page, StringComparison.Ordinal);
        for (var probe = 0; probe < 5 && page.Contains("id=\"skip-follow-up\"", StringComparison.Ordinal); probe++)
        {
            var index = Regex.Match(page, "name=\"probe\" value=\"([0-9]+)\"").Groups[1].Value;
            var skipped = Regex.Match(page, "name=\"skipped\" value=\"([^\"]*)\"").Groups[1].Value;
            var skip = await PostFormAsync(client, attempt, attempt.Split('?')[0] + "?handler=SkipProbe", new()
            {
                ["probe"] = index,
                ["session"] = session,
                ["skipped"] = skipped,
            });
            Assert.Equal(HttpStatusCode.Redirect, skip.StatusCode);
            attempt = skip.Headers.Location!.OriginalString;
            page = WebUtility.HtmlDecode(await client.GetStringAsync(attempt));
            Assert.Contains("Skipped.", page, StringComparison.Ordinal);
        }

        var summaryLink = Regex.Match(page, "id=\"session-summary\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(summaryLink);
        var summary = WebUtility.HtmlDecode(await client.GetStringAsync(summaryLink));
        Assert.Contains("1 story practised", summary, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"story-title\">Our depot paid for overtime every weekend</strong>", summary, StringComparison.Ordinal);
        Assert.Matches("class=\"grade grade-(again|hard|good|easy)\"", summary);
        Assert.Matches("<time datetime=\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z\" data-local=\"datetime\">[^<]+ UTC</time>", summary);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StarCoach.Data.StarCoachDb>();
        Assert.Equal(0, await db.Attempts.CountAsync(a => a.ParentAttemptId != null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Practice_NextPractice_IsLocalTimeWithAUtcFallbackAndDueStoriesSayNow()
    {
        var client = await RegisterAsync(factory, $"ivan-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client, TwoStories);
        var attempt = await AnswerFirstQuestionAsync(client, bank, "Tell me about a time you reduced costs.");

        var page = WebUtility.HtmlDecode(await client.GetStringAsync(attempt));
        Assert.Matches("Next practice of this story: <strong>in [0-9]+ (hour|hours|day|days) · <time datetime=\"[^\"]+Z\" data-local=\"datetime\">[^<]+ UTC</time>", page);
        Assert.Contains("/js/local-time.js", page, StringComparison.Ordinal);

        var schedule = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}/practice"));
        Assert.DoesNotContain("today (", schedule, StringComparison.Ordinal);
        Assert.Contains("<td class=\"small\">now</td>", schedule, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerPage_RenameStory_TitleShowsOnTheScheduleAndBlankGoesBack()
    {
        var client = await RegisterAsync(factory, $"jo-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client, TwoStories);
        var schedule = await client.GetStringAsync($"/banks/{bank}/practice");
        var answerId = Regex.Match(schedule, "answerId=(a-[0-9a-f]+)").Groups[1].Value;
        var answerPage = $"/banks/{bank}/answers/{answerId}";
        Assert.Contains("Story title", WebUtility.HtmlDecode(await client.GetStringAsync(answerPage)), StringComparison.Ordinal);

        var saved = await PostFormAsync(client, answerPage, answerPage + "?handler=Title", new() { ["title"] = "The overtime story" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("<strong class=\"story-title\">The overtime story</strong>", WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}/practice")), StringComparison.Ordinal);
        var json = await client.GetStringAsync($"/api/banks/{bank}");
        Assert.Contains("\"title\": \"The overtime story\"", json, StringComparison.Ordinal);

        await PostFormAsync(client, answerPage, answerPage + "?handler=Title", new() { ["title"] = " " });
        Assert.Contains("<strong class=\"story-title\">Our depot paid for overtime every weekend</strong>", WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{bank}/practice")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_FaithfulParaphrase_IsGradedGoodOrEasyAndSaysWhy()
    {
        var page = await AttemptPageAsync("gail", Paraphrase);

        var grade = GradeRegex().Match(page).Groups[1].Value;
        Assert.True(grade is "Good" or "Easy", $"a faithful paraphrase was graded {grade}");
        Assert.Contains($"{grade}: you told", page, StringComparison.Ordinal);
        Assert.DoesNotContain("recall-missed", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_WrongFigure_IsShownChangedInTheExplanation()
    {
        var page = await AttemptPageAsync("hugo", Paraphrase.Replace("40 percent", "25 percent", StringComparison.Ordinal));

        Assert.Contains("you said 25 percent where you prepared 40%", page, StringComparison.Ordinal);
        Assert.Contains("class=\"recall-changed\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practice_ChangeGrade_ShowsTheNewGradeAndANewNextPracticeDate()
    {
        var client = await RegisterAsync(factory, $"iris-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client);
        var attempt = await AnswerFirstQuestionAsync(client, bank);
        var before = WebUtility.HtmlDecode(await client.GetStringAsync(attempt));
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, attempt);
        Assert.NotEqual("Easy", GradeRegex().Match(before).Groups[1].Value);

        var response = await client.PostAsync(attempt.Split('?')[0] + "?handler=Grade", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["grade"] = "Easy",
        }));
        var after = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.OriginalString));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Easy", GradeRegex().Match(after).Groups[1].Value);
        Assert.Contains("Easy: your grade; StarCoach suggested", after, StringComparison.Ordinal);
        Assert.NotEqual(NextDue(before), NextDue(after));
    }

    [Fact]
    public async Task Practice_ChangeGradeWithoutAntiforgeryToken_IsRefused()
    {
        var client = await RegisterAsync(factory, $"jack-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client);
        var attempt = await AnswerFirstQuestionAsync(client, bank);

        var response = await client.PostAsync(attempt.Split('?')[0] + "?handler=Grade", new FormUrlEncodedContent(new Dictionary<string, string> { ["grade"] = "Easy" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A new user uploads the bank, answers its question with <paramref name="text"/>: the attempt page, decoded.</summary>
    private async Task<string> AttemptPageAsync(string who, string text)
    {
        var client = await RegisterAsync(factory, $"{who}-{Guid.NewGuid():N}@example.org");
        var bank = await UploadAsync(client);
        return WebUtility.HtmlDecode(await client.GetStringAsync(await AnswerFirstQuestionAsync(client, bank, text: text)));
    }

    private static string NextDue(string page)
    {
        var at = page.IndexOf("Next practice of this story: <strong>", StringComparison.Ordinal);
        return page[at..page.IndexOf("</strong>", at, StringComparison.Ordinal)];
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
