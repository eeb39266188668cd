using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using StarCoach.Core.Review;
using StarCoach.Data.Entities;

namespace StarCoach.Web.Tests;

/// <summary>
/// The web app end to end over HTTP on a real database: upload, browse, review, edit, re-import, errors.
/// Runs once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class BankAppTests(StarCoachAppFactory factory)
{
    protected StarCoachAppFactory Factory { get; } = factory;

    protected virtual void RequireDatabase()
    {
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string fileName, byte[] bytes)
    {
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync($"/api/banks?fileName={Uri.EscapeDataString(fileName)}", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task TwentyUploadsOfOneFileAtOnce_MakeOneBank_AndEveryUploadSucceeds()
    {
        RequireDatabase();
        var bytes = Encoding.UTF8.GetBytes("Tell me about a time you fixed a rota.\n\nI rebuilt the weekend rota with the two shift leads, and missed shifts fell from six a month to one.\n");
        var fileName = $"race-{Guid.NewGuid():N}.txt";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return await Factory.Browser().PostAsync($"/api/banks?fileName={fileName}", content);
        }));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"status {(int)r.StatusCode}"));
        var ids = await Task.WhenAll(responses.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());
        await Factory.WithDbAsync(async db => Assert.Equal(1, await db.Banks.CountAsync(b => b.SourceFileName == fileName, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task UploadSeed_ThenBrowse_ShowsAll34QuestionsWithReviewedAnswers()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, "behavioral-questions.txt", SeedDocuments.Bytes("behavioral-questions.txt"));

        using var questions = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        Assert.Equal(34, questions.RootElement.GetArrayLength());
        var first = questions.RootElement[0];
        Assert.Equal(3, first.GetProperty("answers").GetArrayLength());
        Assert.InRange(first.GetProperty("answers")[0].GetProperty("overall").GetInt32(), 0, 100);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}"));
        foreach (var question in questions.RootElement.EnumerateArray())
        {
            Assert.Contains(question.GetProperty("text").GetString()!, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnswerPage_WithPasteDamage_HighlightsTheFindingInPlace()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, "behavioral-questions.txt", SeedDocuments.Bytes("behavioral-questions.txt"));
        using var questions = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var conflict = questions.RootElement.EnumerateArray().First(q => q.GetProperty("text").GetString()!.StartsWith("Tell me about a time you disagreed", StringComparison.Ordinal));
        var answerId = conflict.GetProperty("answers")[0].GetProperty("id").GetString();

        var html = await client.GetStringAsync($"/banks/{id}/answers/{answerId}");

        Assert.Contains("<mark class=\"finding", html, StringComparison.Ordinal);
        Assert.Contains("text.artifact", html, StringComparison.Ordinal);
        Assert.Contains("Rubric", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScriptInAnswer_IsShownAsTextNeverRun()
    {
        RequireDatabase();
        var client = Factory.Browser();
        const string document = "Tell me about a time you fixed a bug.\n\nSituation: <script>alert('owned')</script> our checkout <img src=x onerror=alert(1)> failed.\n\nResult: Orders recovered by 20%.\n";
        var id = await UploadAsync(client, "xss.txt", Encoding.UTF8.GetBytes(document));
        using var questions = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var answerId = questions.RootElement[0].GetProperty("answers")[0].GetProperty("id").GetString();

        foreach (var path in new[] { $"/banks/{id}", $"/banks/{id}/answers/{answerId}" })
        {
            var response = await client.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();

            Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnswerPage_AnswerHeldByACap_SaysWhyBesideTheScore()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var document = StarCoach.Testing.TypedAnswers.TeamOnlyQuestion + "\n\n" + StarCoach.Testing.TypedAnswers.TeamOnly + "\n";
        var id = await UploadAsync(client, "team.txt", Encoding.UTF8.GetBytes(document));
        using var questions = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var answer = questions.RootElement[0].GetProperty("answers")[0];

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/answers/{answer.GetProperty("id").GetString()}"));

        Assert.Equal(StarCoach.Core.Review.ScoreCap.SendBack, answer.GetProperty("overall").GetInt32());
        Assert.Contains("id=\"score-cap\">Held at 65 until this is fixed:", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditAnswer_ThroughTheApi_ChangesTheReviewAndIsSaved()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, "sample.txt", Encoding.UTF8.GetBytes("Tell me about a time you helped a customer.\n\nI think we maybe helped a customer once, basically.\n"));
        using var before = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var answer = before.RootElement[0].GetProperty("answers")[0];
        var answerId = answer.GetProperty("id").GetString();
        var scoreBefore = answer.GetProperty("overall").GetInt32();

        const string better = "Situation: A regular customer at our pharmacy could not get her insulin because the order had failed.\n" +
            "Task: As the duty pharmacist I had to get her a supply the same day.\n" +
            "Action: I called two nearby branches, found stock, arranged a courier and phoned her GP to fix the repeat order.\n" +
            "Result: She had her insulin within three hours, and we cut failed repeat orders from 12 to 2 a month by adding a daily check.";
        var response = await client.PutAsJsonAsync($"/api/banks/{id}/answers/{answerId}", new { text = better });

        response.EnsureSuccessStatusCode();
        using var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(review.RootElement.GetProperty("overall").GetInt32() > scoreBefore);
        var page = await client.GetStringAsync($"/banks/{id}/answers/{answerId}");
        Assert.Contains("arranged a courier", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReviewApiAndEditor_TypedAnswers_GiveTheReviewTheCliGives()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var doc = $"{StarCoach.Testing.TypedAnswers.Question}\n\nSituation: Our depot was slow.\nAction: I redrew the bay map.\nResult: Departures rose to 97%.\n";
        var id = await UploadAsync(client, "typed.txt", Encoding.UTF8.GetBytes(doc));
        using var questions = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        var answerId = questions.RootElement[0].GetProperty("answers")[0].GetProperty("id").GetString();
        var reviewer = new StarCoach.Core.Review.AnswerReviewer();

        foreach (var text in StarCoach.Testing.TypedAnswers.All)
        {
            var expected = reviewer.ReviewText(text, StarCoach.Testing.TypedAnswers.Question);
            var api = await client.PostAsJsonAsync("/api/review", new { text, question = StarCoach.Testing.TypedAnswers.Question });
            var editor = await client.PostAsJsonAsync($"/api/banks/{id}/answers/{answerId}/review", new { text });
            foreach (var response in new[] { api, editor })
            {
                response.EnsureSuccessStatusCode();
                using var review = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(expected.Overall, review.RootElement.GetProperty("overall").GetInt32());
                Assert.Equal(expected.Findings.Select(f => $"{f.Rule}@{f.Start}"),
                    review.RootElement.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("rule").GetString()}@{f.GetProperty("start").GetInt32()}"));
            }
        }
    }

    [Fact]
    public async Task ReviewApi_HypotheticalAnswer_GetsTheHypotheticalFinding()
    {
        RequireDatabase();
        var client = Factory.Browser();

        var response = await client.PostAsJsonAsync("/api/review", new
        {
            text = "If my manager gave me negative feedback, I would listen carefully and I would ask questions. I would then make a plan and I would follow up.",
            question = "Tell me about a time you received negative feedback from your manager.",
            level = "IC5",
        });

        response.EnsureSuccessStatusCode();
        var json = await response.Content.ReadAsStringAsync();
        Assert.Contains("answer.hypothetical", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reimport_EditedFile_UpdatesInPlaceAndKeepsPracticeHistory()
    {
        RequireDatabase();
        var client = Factory.Browser();
        const string original = "Leadership\n\nTell me about a time you led a change.\n\nSituation: Our clinic moved to electronic records.\nAction: I trained the nurses in small groups over four weeks.\nResult: All 30 nurses used the system by go-live.\n\nTell me about a failure.\n\nI missed a supplier deadline and the ward ran short of gloves for a day.\n";
        var id = await UploadAsync(client, "prep.txt", Encoding.UTF8.GetBytes(original));
        Guid answerRow = Guid.Empty;
        await Factory.WithDbAsync(async db =>
        {
            var answer = await db.Answers.SingleAsync(a => a.Question!.BankId == id && a.Text.Contains("electronic records"));
            answerRow = answer.Id;
            db.Attempts.Add(new PracticeAttempt { Id = Guid.NewGuid(), AnswerId = answer.Id, Mode = "full", Text = "practice", StartedAt = DateTimeOffset.UnixEpoch, OverallScore = 70 });
            await db.SaveChangesAsync();
        });

        var edited = original.Replace("in small groups over four weeks", "in small groups over five weeks", StringComparison.Ordinal)
            + "\nWhy do you want this job?\n\nBecause I enjoy running a ward well.\n";
        var secondId = await UploadAsync(client, "prep.txt", Encoding.UTF8.GetBytes(edited));

        Assert.Equal(id, secondId);
        await Factory.WithDbAsync(async db =>
        {
            var answer = await db.Answers.Include(a => a.Attempts).SingleAsync(a => a.Id == answerRow);
            Assert.Contains("five weeks", answer.Text, StringComparison.Ordinal);
            Assert.Single(answer.Attempts);
            Assert.Equal(3, await db.Questions.CountAsync(q => q.BankId == id));
            Assert.Equal(1, await db.Banks.CountAsync(b => b.SourceFileName == "prep.txt"));
        });
    }

    [Fact]
    public async Task FailedReimport_LeavesTheBankAsItWas()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, "keep.txt", Encoding.UTF8.GetBytes("Tell me about a time you learned fast.\n\nI learned the new till system in a day.\n"));
        var before = await client.GetStringAsync($"/api/banks/{id}");

        using var content = new ByteArrayContent([0, 1, 2, 0, 3, 4, 0]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync("/api/banks?fileName=keep.txt", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await client.GetStringAsync($"/api/banks/{id}"));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "empty")]
    [InlineData("photo.txt", new byte[] { 0, 159, 146, 150, 0, 1 }, "binary")]
    [InlineData("cv.pdf", new byte[] { 65, 66, 67 }, "not a valid PDF")]
    public async Task UploadBadFile_ApiReturnsProblemDetailsNamingTheFile(string fileName, byte[] bytes, string expected)
    {
        RequireDatabase();
        var client = Factory.Browser();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await client.PostAsync($"/api/banks?fileName={fileName}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        if (bytes.Length > 0)
        {
            Assert.Contains(fileName, detail, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> HostileFileNames() => [.. HostileFiles.Names];

    [Theory]
    [MemberData(nameof(HostileFileNames))]
    public async Task UploadHostileFile_ApiReturnsProblemDetailsAndStoresNothing(string fileName)
    {
        RequireDatabase();
        var client = Factory.Browser();
        var (bytes, expected) = HostileFiles.ByName[fileName];
        var before = await client.GetStringAsync("/api/banks");
        using var content = new ByteArrayContent(bytes());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await client.PostAsync($"/api/banks?fileName={fileName}", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.StartsWith($"{fileName}: ", detail, StringComparison.Ordinal);
        Assert.Contains(expected, detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", detail, StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync("/api/banks"));
    }

    [Fact]
    public async Task BankPage_LevelChosenAsIc5_OffersEveryLadderKeepsTheChoiceAndReviewsAtSenior()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, "levels.txt", Encoding.UTF8.GetBytes("Tell me about a time you fixed a bug.\n\nSituation: the till froze.\n\nResult: sales recovered by 15%.\n"));
        var page = await client.GetStringAsync($"/banks/{id}");
        foreach (var name in TargetLevels.Choices.SelectMany(c => c.Names))
        {
            Assert.Contains($"<option value=\"{name}\"", page, StringComparison.Ordinal);
        }

        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, $"/banks/{id}");
        var response = await client.PostAsync($"/banks/{id}?handler=Level", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["level"] = "ic5" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}"));
        Assert.Contains("Answers are now reviewed at IC5 (senior) level.", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"IC5\" selected=\"selected\">", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken.txt", "broken.txt: looks like a binary file")]
    [InlineData("zeros.pdf", "zeros.pdf: unpacks to more than 64 MB")]
    public async Task UploadBadFile_FromTheForm_ShowsAFriendlyMessage(string fileName, string expected)
    {
        RequireDatabase();
        var client = Factory.Browser();
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/");
        var bytes = HostileFiles.ByName.TryGetValue(fileName, out var hostile) ? hostile.Bytes() : [0, 0, 0, 1, 2];
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", fileName },
        };

        var response = await client.PostAsync("/?handler=Upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Could not import.", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    /// <summary>A body over the 20 MB import limit, sent with its length or in chunks (no length said).</summary>
    private sealed class OverLimitBody(bool chunked) : HttpContent
    {
        private static readonly byte[] Block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Tell me about a time you led a team.\n", 1000)));

        private const int Blocks = 25 * 1024 * 1024 / 37_000;

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            for (var i = 0; i < Blocks; i++)
            {
                await stream.WriteAsync(Block);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = (long)Blocks * Block.Length;
            return !chunked;
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadOverTheLimit_FromTheForm_ShowsTheTooLargePage(bool chunked)
    {
        RequireDatabase();
        var client = Factory.Browser();
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new OverLimitBody(chunked), "file", "huge.md" },
        };

        var response = await client.PostAsync("/?handler=Upload", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("That file is too large", html, StringComparison.Ordinal);
        Assert.Contains("up to 20 MB", html, StringComparison.Ordinal);
        Assert.DoesNotContain("huge.md", await client.GetStringAsync("/api/banks"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UploadOverTheLimit_ThroughTheApi_Is413WithTheLimit(bool chunked)
    {
        RequireDatabase();
        var client = Factory.Browser();
        using var body = new OverLimitBody(chunked);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await client.PostAsync("/api/banks?fileName=huge.txt", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("huge.txt: files up to 20 MB can be imported; split the document and import the parts.", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FileNameWithNul_IsStoredWithoutIt()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var name = $"nul-{Guid.NewGuid():N}";

        var id = await UploadAsync(client, $"{name}\0\u0007.txt", Encoding.UTF8.GetBytes("Tell me about a time you fixed a rota.\n\nI rebuilt the rota and missed shifts fell from six to one.\n"));

        using var bank = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}"));
        Assert.Equal($"{name}.txt", bank.RootElement.GetProperty("source").GetString());
    }

    [Fact]
    public async Task JsonBankWithNul_IsRefusedNamingTheLine()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, "clean.txt", Encoding.UTF8.GetBytes("Tell me about a time you fixed a rota.\n\nI rebuilt the rota and missed shifts fell from six to one.\n"));
        var json = (await client.GetStringAsync($"/api/banks/{id}")).Replace("I rebuilt", "I\\u0000 rebuilt", StringComparison.Ordinal);
        var line = json[..json.IndexOf("\\u0000", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        var response = await client.PostAsync("/api/banks?fileName=nul.starcoach.json", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(
            $"nul.starcoach.json: not a valid StarCoach bank: the text at line {line} holds \\u0000, a NUL character, which no text needs. Delete it there and import again.",
            problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task FormPostWithoutAntiforgeryToken_IsRefused()
    {
        RequireDatabase();
        var client = Factory.Browser();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("Tell me about a time.\n\nI did.\n")), "file", "no-token.txt" } };

        var response = await client.PostAsync("/?handler=Upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("no-token.txt", await client.GetStringAsync("/api/banks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownBank_IsAFriendly404PageAndAProblemForTheApi()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var missing = Guid.NewGuid();

        var page = await client.GetAsync($"/banks/{missing}");
        var api = await client.GetAsync($"/api/banks/{missing}");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("We could not find that page", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DownloadJson_RoundTripsTheImportedBank()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var seed = SeedDocuments.Bytes("behavioral-questions.txt");
        var id = await UploadAsync(client, "behavioral-questions.txt", seed);

        var response = await client.GetAsync($"/api/banks/{id}?download=true");

        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        var expected = Core.Import.Json.BankJson.Serialize(new Core.Import.BankImporter().Import("behavioral-questions.txt", seed).Bank!);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The app tests on SQLite.</summary>
public sealed class SqliteBankAppTests(SqliteAppFactory factory) : BankAppTests(factory), IClassFixture<SqliteAppFactory>;

/// <summary>The app tests on a real PostgreSQL server.</summary>
public sealed class PostgresBankAppTests(PostgresAppFactory factory) : BankAppTests(factory), IClassFixture<PostgresAppFactory>
{
    protected override void RequireDatabase() =>
        Assert.SkipUnless(PostgresAppFactory.Available, $"{StarCoachAppFactory.PostgresVariable} is not set; scripts/test.sh starts PostgreSQL and sets it.");
}
