using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace StarCoach.Web.Tests;

/// <summary>Coverage heat map, tag overrides kept across re-import, and the match box with the real embedding model.</summary>
public sealed class CompetencyAndMatchTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private const string Prep = """
        Tell me about a time you saved money for your team.

        Situation: Our warehouse paid agency staff every weekend to cover peaks.
        Action: I rebuilt the rota with the team, cross-trained four pickers and renegotiated the agency contract.
        Result: We cut agency spend by 35%, about £40,000 a year, with no missed deliveries.

        Describe a time you disagreed with your manager.

        Situation: My manager wanted to skip the safety briefing to hit a shipping deadline.
        Action: I explained the risk with last year's incident numbers and proposed a ten-minute version.
        Result: He agreed; we shipped on time and had no incidents that quarter.

        Tell me about a time you helped a customer.

        Situation: A customer's urgent order for a hospital was stuck in our depot.
        Action: I found the pallet myself and drove it to the hospital after my shift.
        Result: The ward got its supplies the same evening and the customer renewed their contract.
        """;

    [Fact]
    public async Task CoveragePage_FourNursingStoriesUnderAmazon_ShowsTheMatrixAndTheGaps()
    {
        var client = factory.Browser();
        using var content = new ByteArrayContent(File.ReadAllBytes(SeedDocuments.Fixture("nurse-prep.md")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var id = JsonDocument.Parse(await (await client.PostAsync("/api/banks?fileName=nurse-prep.md", content)).Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/coverage?framework=amazon"));

        Assert.Contains("Customer Obsession", html, StringComparison.Ordinal);
        Assert.Contains("Think Big", html, StringComparison.Ordinal);
        Assert.Contains("class=\"heat heat-", html, StringComparison.Ordinal);
        Assert.Contains("Questions that will hit it", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/coverage?framework=amazon"));
        Assert.Equal(16, json.RootElement.GetProperty("competencies").GetArrayLength());
    }

    /// <summary>The CLI's <c>coverage</c> without <c>--framework</c> uses the same default (CommandLineTests).</summary>
    [Fact]
    public async Task Coverage_NoFrameworkChosen_ShowsTheSharedDefaultFramework()
    {
        var client = factory.Browser();
        var id = await StarCoachAppFactory.UploadAsync(client, "default-framework.txt", Prep);
        var expected = Core.Competencies.CompetencyFrameworks.Get(Core.Competencies.CompetencyFrameworks.DefaultId);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/coverage"));
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/coverage"));

        Assert.Equal(expected.Id, json.RootElement.GetProperty("framework").GetProperty("id").GetString());
        Assert.Contains(expected.Competencies[0].Name, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer Obsession", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagOverride_AddedOnTheAnswerPage_CountsInCoverageAndSurvivesReimport()
    {
        var client = factory.Browser();
        var id = await StarCoachAppFactory.UploadAsync(client, "tags.txt", Prep);
        using var questions = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var answerId = questions.RootElement[2].GetProperty("answers")[0].GetProperty("id").GetString()!;
        var page = $"/banks/{id}/answers/{answerId}?framework=amazon";
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, page);

        var response = await client.PostAsync($"/banks/{id}/answers/{answerId}?handler=Tag", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["framework"] = "amazon",
            ["competency"] = "think-big",
            ["change"] = "add",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Contains("added by you", await client.GetStringAsync(page), StringComparison.Ordinal);
        await StarCoachAppFactory.UploadAsync(client, "tags.txt", Prep.Replace("the same evening", "that same evening", StringComparison.Ordinal));
        using var reimported = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var newAnswerId = reimported.RootElement[2].GetProperty("answers")[0].GetProperty("id").GetString()!;
        Assert.NotEqual(answerId, newAnswerId);
        Assert.Contains("added by you", await client.GetStringAsync($"/banks/{id}/answers/{newAnswerId}?framework=amazon"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchApi_WithTheRealModel_PutsTheFittingStoryFirst()
    {
        var client = factory.Browser();
        var id = await StarCoachAppFactory.UploadAsync(client, "match.txt", Prep);

        JsonElement result = default;
        for (var attempt = 0; attempt < 240; attempt++)
        {
            using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/match?q={Uri.EscapeDataString("Give me an example of pushing back on your boss")}&top=3"));
            if (json.RootElement.GetProperty("ready").GetBoolean())
            {
                result = json.RootElement.Clone();
                break;
            }

            await Task.Delay(500);
        }

        Assert.Equal(JsonValueKind.Object, result.ValueKind);
        var first = result.GetProperty("results")[0];
        Assert.StartsWith("Describe a time you disagreed with your manager", first.GetProperty("questionText").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("why").GetProperty("bestSentence").GetString()));

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/match?q={Uri.EscapeDataString("Tell me about a time you cut costs")}"));
        Assert.Contains("Tell me about a time you saved money for your team.", html, StringComparison.Ordinal);
        Assert.Contains("Our warehouse paid agency staff every weekend", html, StringComparison.Ordinal);
        Assert.Matches("class=\"fit fit-(strong|partial|weak)\"[^>]*>(strong|partial|weak) fit<", html);
    }

    [Fact]
    public async Task MatchPage_QuestionNoStoryFits_SaysSoWithALinkToCoverageAndNoEmptyWords()
    {
        var client = factory.Browser();
        var id = await StarCoachAppFactory.UploadAsync(client, "gap.txt", Prep);
        var question = Uri.EscapeDataString("Tell me about a time you went without sleep to plan the wedding of a friend");

        string html = string.Empty;
        for (var attempt = 0; attempt < 240 && !html.Contains("match-list", StringComparison.Ordinal); attempt++)
        {
            html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/match?q={question}"));
            if (!html.Contains("match-list", StringComparison.Ordinal))
            {
                await Task.Delay(500);
            }
        }

        Assert.Contains("No strong story for this question — <a href=\"/banks/" + id + "/coverage\">see the gaps in Coverage</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("strong fit<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"chip plain\">went</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"chip plain\">without</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"chip plain\">the</span>", html, StringComparison.Ordinal);
    }
}
