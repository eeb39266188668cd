using System.Net;

namespace StarCoach.Web.Tests;

/// <summary>Hosted mode: accounts, and each user sees only their own banks.</summary>
public sealed class HostedModeTests(HostedSqliteAppFactory factory) : IClassFixture<HostedSqliteAppFactory>
{
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

    private static async Task<Guid> UploadThroughFormAsync(HttpClient client, string name, string text)
    {
        var token = await StarCoachAppFactory.AntiforgeryTokenAsync(client, "/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", name },
        };
        var response = await client.PostAsync("/?handler=Upload", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    [Fact]
    public async Task AnonymousVisitor_IsSentToSignIn()
    {
        var response = await factory.Browser().GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Browser().GetAsync("/api/banks")).StatusCode);
    }

    [Fact]
    public async Task OtherUsersBank_IsNotFoundByUrlOrApi()
    {
        var alice = await RegisterAsync(factory, $"alice-{Guid.NewGuid():N}@example.org");
        var bob = await RegisterAsync(factory, $"bob-{Guid.NewGuid():N}@example.org");
        var alicesBank = await UploadThroughFormAsync(alice, "alice.txt", "Tell me about a time you calmed a patient.\n\nI sat with him and explained each step of the scan.\n");

        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/banks/{alicesBank}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/banks/{alicesBank}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync($"/api/banks/{alicesBank}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.DeleteAsync($"/api/banks/{alicesBank}")).StatusCode);
        Assert.DoesNotContain("alice.txt", await bob.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync($"/banks/{alicesBank}")).StatusCode);
    }

    [Fact]
    public async Task ApiEditWithoutAntiforgeryToken_IsRefusedInHostedMode()
    {
        var carol = await RegisterAsync(factory, $"carol-{Guid.NewGuid():N}@example.org");
        var bank = await UploadThroughFormAsync(carol, "carol.txt", "Tell me about a time you improved a process.\n\nI moved our stock counts to a weekly rota.\n");
        var questions = System.Text.Json.JsonDocument.Parse(await carol.GetStringAsync($"/api/banks/{bank}/questions"));
        var answerId = questions.RootElement[0].GetProperty("answers")[0].GetProperty("id").GetString();

        var response = await carol.PutAsync(
            $"/api/banks/{bank}/answers/{answerId}",
            new StringContent("{\"text\":\"changed\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("changed", await carol.GetStringAsync($"/api/banks/{bank}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherUsersBankCorrections_AreNotFound_AndOwnNeedTheAntiforgeryToken()
    {
        var dana = await RegisterAsync(factory, $"dana-{Guid.NewGuid():N}@example.org");
        var erin = await RegisterAsync(factory, $"erin-{Guid.NewGuid():N}@example.org");
        var danasBank = await UploadThroughFormAsync(dana, "dana.txt", ImportDocuments.Unsure);
        var erinsToken = await StarCoachAppFactory.AntiforgeryTokenAsync(erin, "/");
        var danasToken = await StarCoachAppFactory.AntiforgeryTokenAsync(dana, "/");

        HttpRequestMessage Correct(string token) => new(HttpMethod.Post, $"/api/banks/{danasBank}/corrections")
        {
            Content = new StringContent("{\"kind\":\"question\",\"lineNumber\":3}", System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "RequestVerificationToken", token } },
        };

        Assert.Equal(HttpStatusCode.NotFound, (await erin.GetAsync($"/api/banks/{danasBank}/corrections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erin.SendAsync(Correct(erinsToken))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await erin.GetAsync($"/banks/{danasBank}/import")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dana.PostAsync($"/api/banks/{danasBank}/corrections", new StringContent("{\"kind\":\"question\",\"lineNumber\":3}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal("[]", await dana.GetStringAsync($"/api/banks/{danasBank}/corrections"));
        Assert.Equal(HttpStatusCode.OK, (await dana.SendAsync(Correct(danasToken))).StatusCode);
        Assert.Contains("Customer complaints", await dana.GetStringAsync($"/api/banks/{danasBank}/corrections"), StringComparison.Ordinal);
    }
}
