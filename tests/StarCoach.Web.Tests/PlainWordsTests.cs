using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;

namespace StarCoach.Web.Tests;

/// <summary>What the candidate reads: plain names for findings (ids only in a tooltip), counts in the right number, stories by title.</summary>
public sealed partial class PlainWordsTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    // Labelled, with no task and two hedges: findings from several rules, one of them twice.
    private const string OneStory = """
        Tell me about a time you improved a process.

        Situation: I think our clinic's waiting list had maybe grown to nine weeks by the autumn.
        Action: I split intake into a phone triage and a booked visit, trained two receptionists on the triage script and moved the booked visits to the afternoon.
        Result: The list fell to three weeks by spring.
        """;

    /// <summary>The words a reader sees: no tags, attributes or scripts.</summary>
    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tag().Replace(Script().Replace(html, " "), " "));

    [Fact]
    public async Task AnswerPage_Findings_ArePlainWordsWithTheRuleIdAsATooltip()
    {
        var client = factory.Browser();
        var id = await StarCoachAppFactory.UploadAsync(client, "plain-findings.txt", OneStory);
        using var bank = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}"));
        var answerId = bank.RootElement.GetProperty("questions")[0].GetProperty("answers")[0].GetProperty("id").GetString();

        var html = await client.GetStringAsync($"/banks/{id}/answers/{answerId}");

        var tooltips = RuleTooltip().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(tooltips);
        Assert.Contains("language.hedge", tooltips);
        var text = VisibleText(html);
        Assert.All(tooltips, rule => Assert.DoesNotContain(rule, text, StringComparison.Ordinal));
        Assert.DoesNotContain("fired:", text, StringComparison.Ordinal);
        Assert.Contains("Hedging", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BankList_OneQuestionWithOneAnswer_CountsThemInTheSingular()
    {
        var client = factory.Browser();
        await StarCoachAppFactory.UploadAsync(client, "singular-counts.txt", OneStory);

        var text = VisibleText(await client.GetStringAsync("/"));

        var line = text[text.IndexOf("singular-counts.txt", StringComparison.Ordinal)..].Split('·').Take(3).ToList();
        Assert.Equal("1 question", line[1].Trim());
        Assert.Equal("1 answer", line[2].Trim());
    }

    [Fact]
    public async Task CoveragePage_PastedAnswer_IsListedAsADuplicateNotAsOveruse_ByTitle()
    {
        const string pasted = """
            Situation: At my last job, the night shift kept missing handover notes for the intensive care unit.
            Action: I wrote a one-page handover checklist, ran three short sessions with each shift and checked ten handovers a week for a month.
            Result: Missed handover items fell from twelve a week to two, and the ward manager adopted the checklist for all wards.
            """;
        var prep = $"Tell me about a time you improved quality.\n\n{pasted}\n\nDescribe a time you showed ownership.\n\n{pasted}\n";
        var client = factory.Browser();
        var id = await StarCoachAppFactory.UploadAsync(client, "pasted-twice.txt", prep);
        var imported = new BankImporter().Import("pasted-twice.txt", Encoding.UTF8.GetBytes(prep)).Bank!;
        var title = StoryTitle.Of(imported.Questions[0], imported.Questions[0].Answers[0]);

        var html = await client.GetStringAsync($"/banks/{id}/coverage");
        var text = VisibleText(html);

        var duplicates = text[text.IndexOf("Answers told in nearly the same words", StringComparison.Ordinal)..];
        var overuse = text[text.IndexOf("Stories used for too many questions", StringComparison.Ordinal)..];
        Assert.Contains(title, duplicates[..200], StringComparison.Ordinal);
        Assert.Contains("No story is told for too many questions", overuse, StringComparison.Ordinal);
        Assert.DoesNotContain("NearDuplicate", text, StringComparison.Ordinal);
        var heatMapRows = HeatMapStory().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal([title, StoryTitle.Of(imported.Questions[1], imported.Questions[1].Answers[0])], heatMapRows);
    }

    [GeneratedRegex("""<span class="rule" title="([a-z]+\.[a-z-]+)">""")]
    private static partial Regex RuleTooltip();

    [GeneratedRegex("""<th class="story-col"><a [^>]*>([^<]+)</a>""")]
    private static partial Regex HeatMapStory();

    [GeneratedRegex("<script.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Script();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
