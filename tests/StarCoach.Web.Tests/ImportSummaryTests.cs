using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace StarCoach.Web.Tests;

/// <summary>
/// The import summary after an upload, corrections made from it (forms and API) and kept with the bank, the page for a
/// document without questions, and deleting with a confirmation. Runs once on SQLite and once on PostgreSQL.
/// </summary>
public abstract class ImportSummaryTests(StarCoachAppFactory factory)
{
    protected StarCoachAppFactory Factory { get; } = factory;

    protected virtual void RequireDatabase()
    {
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string tokenFrom, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await StarCoachAppFactory.AntiforgeryTokenAsync(client, tokenFrom);
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private static async Task<HttpResponseMessage> UploadThroughFormAsync(HttpClient client, string name, string text)
    {
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", name },
        };
        return await client.PostAsync("/?handler=Upload", form);
    }

    private static async Task<Guid> UploadAsync(HttpClient client, string name, string text)
    {
        var response = await UploadThroughFormAsync(client, name, text);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.EndsWith("/import", location, StringComparison.Ordinal);
        return Guid.Parse(location.Split('/')[2]);
    }

    private static async Task<List<string>> QuestionsAsync(HttpClient client, Guid id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/questions"));
        return [.. json.RootElement.EnumerateArray().Select(q => q.GetProperty("text").GetString()!)];
    }

    private static string FileName() => $"prep-{Guid.NewGuid():N}.txt";

    [Fact]
    public async Task Upload_ShowsTheSummaryWithLowConfidenceItemsFirstAndKeepsTheDocument()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var name = FileName();
        var id = await UploadAsync(client, name, ImportDocuments.Unsure);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/import"));

        var checkFirst = html.IndexOf("Check these first (1)", StringComparison.Ordinal);
        Assert.InRange(checkFirst, 0, html.IndexOf("Questions (2)", StringComparison.Ordinal));
        Assert.InRange(html.IndexOf("Question: “2. A time you trained a new colleague”", StringComparison.Ordinal), checkFirst, html.IndexOf("Kept aside (2)", StringComparison.Ordinal));
        Assert.Contains("because it is an item of a list of questions", html, StringComparison.Ordinal);
        Assert.Contains("Customer complaints", html, StringComparison.Ordinal);
        await Factory.WithDbAsync(async db =>
        {
            var source = await db.Sources.SingleAsync(s => s.BankId == id);
            Assert.Equal(Encoding.UTF8.GetBytes(ImportDocuments.Unsure), source.Content);
            Assert.Equal(name, source.FileName);
        });
    }

    [Fact]
    public async Task MarkKeptAsideLineAsQuestion_ReimportsAndSurvivesReuploadOfAnEditedFile()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var name = FileName();
        var id = await UploadAsync(client, name, ImportDocuments.Unsure);

        var response = await PostFormAsync(client, $"/banks/{id}/import?handler=Correct", $"/banks/{id}/import", new() { ["kind"] = "question", ["line"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/banks/{id}/import", response.Headers.Location!.OriginalString);
        Assert.Contains("Line 3 is a question", WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/import")), StringComparison.Ordinal);
        Assert.Equal(["Customer complaints", "1. Tell me about a time you worked under pressure.", "2. A time you trained a new colleague"], await QuestionsAsync(client, id));

        var edited = ImportDocuments.Unsure.Replace("ten minutes", "eight minutes", StringComparison.Ordinal) + "\n\nThanks for reading!\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(edited));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var reupload = await client.PostAsync($"/api/banks?fileName={name}", content);

        Assert.Equal(HttpStatusCode.Created, reupload.StatusCode);
        Assert.Equal(id, JsonDocument.Parse(await reupload.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid());
        Assert.Contains("Customer complaints", await QuestionsAsync(client, id));
        Assert.Contains("eight minutes", await client.GetStringAsync($"/api/banks/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectionForm_BadKindOrLine_SaysWhatToDoWithoutAnError500()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, FileName(), ImportDocuments.Unsure);

        var badKind = await PostFormAsync(client, $"/banks/{id}/import?handler=Correct", $"/banks/{id}/import", new() { ["kind"] = "1", ["line"] = "3" });
        var noSuchLine = await PostFormAsync(client, $"/banks/{id}/import?handler=Correct", $"/banks/{id}/import", new() { ["kind"] = "question", ["line"] = "400" });
        var notANumber = await PostFormAsync(client, $"/banks/{id}/import?handler=Correct", $"/banks/{id}/import", new() { ["kind"] = "question", ["line"] = "three" });

        foreach (var (response, expected) in new[] { (badKind, "Pick what the line is"), (noSuchLine, "Line 400 of"), (notANumber, "Give the number of the line") })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains(expected, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await QuestionsAsync(client, id)).Count);
    }

    [Fact]
    public async Task CorrectionThatLeavesNoQuestion_IsRefusedAndTheBankStaysAsItWas()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, FileName(), ImportDocuments.Unsure);
        var first = await client.PostAsJsonAsync($"/api/banks/{id}/corrections", new { kind = "notQuestion", lineNumber = 7 });
        var before = await client.GetStringAsync($"/api/banks/{id}");

        var last = await client.PostAsJsonAsync($"/api/banks/{id}/corrections", new { kind = "notQuestion", lineNumber = 11 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, last.StatusCode);
        Assert.Contains("no question is left", JsonDocument.Parse(await last.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await client.GetStringAsync($"/api/banks/{id}"));
        Assert.Single(JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/corrections")).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task UploadWithoutQuestions_MakesNoBankAndSaysWhatWasFoundAndWhatToDo()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var name = FileName();
        const string notes = "Things to bring\n\nMy passport and two pens.\n\nDirections: <script>alert(1)</script> take the 38 bus to the depot.\n";

        var response = await UploadThroughFormAsync(client, name, notes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(raw);
        Assert.Contains("No bank was made.", html, StringComparison.Ordinal);
        Assert.Contains($"{name}: no questions found.", html, StringComparison.Ordinal);
        Assert.Contains("My passport and two pens.", html, StringComparison.Ordinal);
        Assert.Contains("Put each question on a line of its own", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("average score", html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, await client.GetStringAsync("/api/banks"), StringComparison.Ordinal);

        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(notes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var api = await client.PostAsync($"/api/banks?fileName={name}", content);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no questions found", JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteBank_AsksOnAPageOfItsOwnThenDeletes()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, FileName(), ImportDocuments.Unsure);

        var bankPage = await client.GetStringAsync($"/banks/{id}");
        var confirm = WebUtility.HtmlDecode(await client.GetStringAsync($"/banks/{id}/delete"));

        Assert.Contains($"href=\"/banks/{id}/delete\"", bankPage, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Delete", bankPage, StringComparison.Ordinal);
        Assert.Contains("Delete “Retail prep”?", confirm, StringComparison.Ordinal);
        Assert.Contains("cannot be undone", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/banks/{id}")).StatusCode);

        var deleted = await PostFormAsync(client, $"/banks/{id}/delete", $"/banks/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/banks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/banks/{id}/delete")).StatusCode);
    }

    [Fact]
    public async Task CorrectionsApi_AddsByNumberOrText_ListsThem_AndAnswersBadInputWithProblemDetails()
    {
        RequireDatabase();
        var client = Factory.Browser();
        var id = await UploadAsync(client, FileName(), ImportDocuments.Unsure);

        var byNumber = await client.PostAsJsonAsync($"/api/banks/{id}/corrections", new { kind = "question", lineNumber = 3 });
        var byText = await client.PostAsJsonAsync($"/api/banks/{id}/corrections", new { kind = "notQuestion", line = "2. A time you trained a new colleague" });
        using var listed = JsonDocument.Parse(await client.GetStringAsync($"/api/banks/{id}/corrections"));

        Assert.Equal(HttpStatusCode.OK, byNumber.StatusCode);
        Assert.Equal(3, JsonDocument.Parse(await byNumber.Content.ReadAsStringAsync()).RootElement.GetProperty("questions").GetInt32());
        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
        Assert.Equal(["Customer complaints", "1. Tell me about a time you worked under pressure."], await QuestionsAsync(client, id));
        Assert.Equal(
            [("question", "Customer complaints"), ("notQuestion", "2. A time you trained a new colleague")],
            listed.RootElement.EnumerateArray().Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("line").GetString())));

        var bad = new (object Body, HttpStatusCode Status, string Detail)[]
        {
            (new { kind = "rename", lineNumber = 3 }, HttpStatusCode.BadRequest, "Unknown kind 'rename'"),
            (new { kind = "question" }, HttpStatusCode.BadRequest, "Name the line"),
            (new { kind = "question", lineNumber = 0 }, HttpStatusCode.BadRequest, "counts from 1"),
            (new { kind = "question", lineNumber = 999 }, HttpStatusCode.BadRequest, "Line 999 of"),
        };
        foreach (var (body, status, detail) in bad)
        {
            var response = await client.PostAsJsonAsync($"/api/banks/{id}/corrections", body);
            Assert.Equal(status, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(detail, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var unknown = await client.PostAsJsonAsync($"/api/banks/{Guid.NewGuid()}/corrections", new { kind = "question", lineNumber = 3 });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/banks/{Guid.NewGuid()}/corrections")).StatusCode);
    }
}

/// <summary>The import summary tests on SQLite.</summary>
public sealed class SqliteImportSummaryTests(SqliteAppFactory factory) : ImportSummaryTests(factory), IClassFixture<SqliteAppFactory>;

/// <summary>The import summary tests on a real PostgreSQL server.</summary>
public sealed class PostgresImportSummaryTests(PostgresAppFactory factory) : ImportSummaryTests(factory), IClassFixture<PostgresAppFactory>
{
    protected override void RequireDatabase() =>
        Assert.SkipUnless(PostgresAppFactory.Available, $"{StarCoachAppFactory.PostgresVariable} is not set; scripts/test.sh starts PostgreSQL and sets it.");
}
