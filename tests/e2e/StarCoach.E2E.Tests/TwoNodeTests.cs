using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using StarCoach.Testing;

namespace StarCoach.E2E.Tests;

/// <summary>
/// The README's promise that web nodes keep no state of their own: a visitor signed in on one node keeps working on the
/// other (cookies, antiforgery tokens, messages between pages, uploads, match, practice), and what they change on one
/// is what the other shows. Requests go to a node chosen per request, or through the proxy, which alternates.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed partial class TwoNodeTests(TwoNodes nodes)
{
    private const string Disagreement = """
        Tell me about a time you disagreed with your manager.

        Situation: My manager wanted to skip the safety briefing to hit a deadline.
        Action: I proposed a ten-minute version and showed last year's incident numbers.
        Result: We shipped on time with no incidents.
        """;

    private static readonly string Prep = RecallStories.CostStory + "\n\n" + Disagreement;

    private const string CostQuestion = "Describe a time you cut spending on infrastructure.";

    [Fact]
    public async Task StartingTogether_OnANewDatabase_BothNodesMigrateOnceAndShareOneKey()
    {
        Assert.SkipUnless(TwoNodes.Missing is null, TwoNodes.Missing ?? string.Empty);
        await using var connection = new NpgsqlConnection(nodes.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        // Both nodes are up (the fixture waited for both): neither failed on migrations the other had applied. One key:
        // a second, made by the node that lost the race, would sign that node's cookies with a key the first may not read.
        Assert.Equal(1L, await ScalarAsync(connection, "SELECT count(*) FROM \"DataProtectionKeys\""));
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) - count(DISTINCT \"MigrationId\") FROM \"__EFMigrationsHistory\""));
    }

    [Fact]
    public async Task SignIn_OnOneNode_IsKeptOnTheOther_AndSigningOutAndInAgainCrossesToo()
    {
        Assert.SkipUnless(TwoNodes.Missing is null, TwoNodes.Missing ?? string.Empty);
        using var visitor = new Visitor();

        await visitor.RegisterAsync(nodes.NodeA);
        Assert.Contains(visitor.Email, await visitor.PageAsync(nodes.NodeB + "/"), StringComparison.Ordinal);

        using (var signedOut = await visitor.PostFormAsync(nodes.NodeA + "/", nodes.NodeB + "/account/logout", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        }

        using (var anonymous = await visitor.GetAsync(nodes.NodeA + "/"))
        {
            Assert.Equal("/account/login", new Uri(new Uri(nodes.NodeA), anonymous.Headers.Location!).AbsolutePath);
        }

        using (var signedIn = await visitor.PostFormAsync(nodes.NodeA + "/account/login", nodes.NodeB + "/account/login", new() { ["email"] = visitor.Email, ["password"] = Visitor.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        Assert.Contains(visitor.Email, await visitor.PageAsync(nodes.NodeA + "/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_WithAFormFromTheOtherNode_IsWorkedOnFromBoth_AndAMessageCrossesWithTheRedirect()
    {
        Assert.SkipUnless(TwoNodes.Missing is null, TwoNodes.Missing ?? string.Empty);
        using var visitor = new Visitor();
        var bank = await SignUpAndUploadAsync(visitor, signUpOn: nodes.NodeB, formOn: nodes.NodeA, uploadTo: nodes.NodeB, "two-nodes.txt");
        Assert.Contains("two-nodes.txt", await visitor.PageAsync($"{nodes.NodeA}/banks/{bank}/import"), StringComparison.Ordinal);
        Assert.Contains("two-nodes.txt", await visitor.PageAsync(nodes.NodeB + "/"), StringComparison.Ordinal);

        // The level form of node B posted to node A; A's "saved" message travels in a cookie that node B must read.
        using var changed = await visitor.PostFormAsync($"{nodes.NodeB}/banks/{bank}", $"{nodes.NodeA}/banks/{bank}?handler=Level", new() { ["level"] = "senior" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var page = await visitor.PageAsync($"{nodes.NodeB}/banks/{bank}");
        Assert.Contains("Answers are now reviewed at senior level.", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"senior\" selected=\"selected\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bank_ChangedOnOneNode_IsMatchedAndShownChangedOnTheOther()
    {
        Assert.SkipUnless(TwoNodes.Missing is null, TwoNodes.Missing ?? string.Empty);
        using var visitor = new Visitor();
        var bank = await SignUpAndUploadAsync(visitor, signUpOn: nodes.NodeA, formOn: nodes.NodeA, uploadTo: nodes.NodeA, "rename.txt");

        // Node B builds and keeps its own index of the bank, then the story is renamed on node A.
        var before = await MatchAsync(visitor, nodes.NodeB, bank);
        var derived = StoryTitleRegex().Match(before).Groups[1].Value;
        var answer = $"{nodes.NodeB}/banks/{bank}/answers/{AnswerLinkRegex().Match(before).Groups[1].Value}";
        Assert.NotEqual("The spot-instance story", derived);
        using (var renamed = await visitor.PostFormAsync(answer, answer.Replace(nodes.NodeB, nodes.NodeA, StringComparison.Ordinal) + "?handler=Title", new() { ["title"] = "The spot-instance story" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        var after = await MatchAsync(visitor, nodes.NodeB, bank);
        Assert.Equal("The spot-instance story", StoryTitleRegex().Match(after).Groups[1].Value);
        Assert.DoesNotContain(derived, StoryTitleRegex().Matches(after).Select(title => title.Groups[1].Value));
        Assert.Contains("The spot-instance story", await visitor.PageAsync($"{nodes.NodeB}/banks/{bank}/practice"), StringComparison.Ordinal);

        // And back: node A has shown the answer, node B saves new text, node A shows the new text.
        var onA = answer.Replace(nodes.NodeB, nodes.NodeA, StringComparison.Ordinal);
        Assert.DoesNotContain("reserved instances", await visitor.PageAsync(onA), StringComparison.Ordinal);
        var edited = RecallStories.CostStory.Split('\n', 3)[2].Replace("spot instances", "reserved instances", StringComparison.Ordinal);
        using (var saved = await visitor.PostFormAsync(onA, answer + "?handler=Save", new() { ["text"] = edited }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains("reserved instances", await visitor.PageAsync(onA), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PracticeRound_AskedOnOneNode_IsAnsweredAndReviewedOnTheOther()
    {
        Assert.SkipUnless(TwoNodes.Missing is null, TwoNodes.Missing ?? string.Empty);
        using var visitor = new Visitor();
        var bank = await SignUpAndUploadAsync(visitor, signUpOn: nodes.NodeB, formOn: nodes.NodeB, uploadTo: nodes.NodeA, "practice.txt");

        var attempt = await AnswerAsync(visitor, askOn: nodes.NodeA, answerOn: nodes.NodeB, bank);

        var review = await visitor.PageAsync(nodes.NodeA + attempt);
        Assert.Contains("Next practice of this story", review, StringComparison.Ordinal);
        Assert.Contains("Interviewer:", review, StringComparison.Ordinal);
        Assert.Contains("1</strong> answers told", await visitor.PageAsync($"{nodes.NodeB}/banks/{bank}/progress"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThroughTheProxy_AVisitorsWholeRound_IsServedByBothNodesWithoutStickySessions()
    {
        Assert.SkipUnless(TwoNodes.Missing is null, TwoNodes.Missing ?? string.Empty);
        using var visitor = new Visitor();
        var proxy = nodes.Proxy;

        var bank = await SignUpAndUploadAsync(visitor, signUpOn: proxy, formOn: proxy, uploadTo: proxy, "proxy.txt");
        Assert.Contains("proxy.txt", await visitor.PageAsync($"{proxy}/banks/{bank}/import"), StringComparison.Ordinal);
        Assert.Contains("Tell me about a time you reduced costs.", await visitor.PageAsync($"{proxy}/banks/{bank}"), StringComparison.Ordinal);
        Assert.Contains("Northwind", await MatchAsync(visitor, proxy, bank), StringComparison.Ordinal);
        var attempt = await AnswerAsync(visitor, askOn: proxy, answerOn: proxy, bank);
        Assert.Contains("Next practice of this story", await visitor.PageAsync(proxy + attempt), StringComparison.Ordinal);

        Assert.Equal(new[] { "a", "b" }, visitor.Nodes.Distinct().Order());
        Assert.True(visitor.Nodes.Zip(visitor.Nodes.Skip(1)).Count(pair => pair.First != pair.Second) >= visitor.Nodes.Count / 3, $"the proxy should alternate: {string.Join(' ', visitor.Nodes)}");
    }

    /// <summary>Signs a new candidate up on one node and uploads the prep document with the form of another; the bank's id.</summary>
    private static async Task<Guid> SignUpAndUploadAsync(Visitor visitor, string signUpOn, string formOn, string uploadTo, string fileName)
    {
        await visitor.RegisterAsync(signUpOn);
        return await visitor.UploadAsync(formOn + "/", uploadTo + "/?handler=Upload", fileName, Prep);
    }

    /// <summary>The match page for <see cref="CostQuestion"/> once the node has the bank's index (it embeds it first if needed).</summary>
    private static async Task<string> MatchAsync(Visitor visitor, string node, Guid bank)
    {
        var url = $"{node}/banks/{bank}/match?q={Uri.EscapeDataString(CostQuestion)}";
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var page = await visitor.PageAsync(url);
            if (page.Contains("class=\"match-list\"", StringComparison.Ordinal))
            {
                return page;
            }

            // "Preparing your stories for matching…": the page refreshes itself every 3 s; the test asks a little sooner.
            Assert.True(DateTime.UtcNow < deadline, $"{url} was still preparing the index after 90 s");
            await Task.Delay(500);
        }
    }

    /// <summary>Asks for the next question on one node and answers it on the other; the attempt page's path.</summary>
    private static async Task<string> AnswerAsync(Visitor visitor, string askOn, string answerOn, Guid bank)
    {
        using var next = await visitor.GetAsync($"{askOn}/banks/{bank}/practice/next?mode=full");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        var ask = next.Headers.Location!.OriginalString;
        var html = await visitor.PageAsync(answerOn + ask);
        using var answered = await visitor.PostFormAsync(askOn + ask, answerOn + ask, new()
        {
            ["answerId"] = AnswerIdRegex().Match(ask).Groups[1].Value,
            ["mode"] = "full",
            ["started"] = StartedRegex().Match(html).Groups[1].Value,
            ["text"] = RecallStories.CostParaphrase,
        });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        return answered.Headers.Location!.OriginalString;
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [GeneratedRegex("<strong class=\"story-title\">([^<]+)</strong>")]
    private static partial Regex StoryTitleRegex();

    [GeneratedRegex("href=\"/banks/[^/]+/answers/([^\"#?]+)\"")]
    private static partial Regex AnswerLinkRegex();

    [GeneratedRegex("answerId=([^&]+)")]
    private static partial Regex AnswerIdRegex();

    [GeneratedRegex("name=\"started\" value=\"([0-9]+)\"")]
    private static partial Regex StartedRegex();
}

/// <summary>The two nodes and their proxy, for their tests alone: two more apps beside the browser tests would crowd two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TwoNodeCollection : ICollectionFixture<TwoNodes>
{
    public const string Name = "two nodes";
}
