using System.Net;
using System.Text.RegularExpressions;

namespace StarCoach.E2E.Tests;

/// <summary>
/// One person's browser, as HTTP: one cookie jar for every address (cookies do not depend on the port, so the nodes and
/// the proxy on 127.0.0.1 share them as a browser would), redirects not followed so tests see each answer, and the node
/// the proxy named for each.
/// </summary>
public sealed partial class Visitor : IDisposable
{
    public const string Password = "correct horse battery";

    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(120),
    };

    public string Email { get; } = $"coachee-{Guid.NewGuid():N}@example.org";

    /// <summary>The nodes the proxy said answered, in order.</summary>
    public List<string> Nodes { get; } = [];

    public async Task<HttpResponseMessage> GetAsync(string url) => Noted(await _http.GetAsync(url));

    /// <summary>The page at <paramref name="url"/>, which must answer 200, HTML-decoded.</summary>
    public async Task<string> PageAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts <paramref name="fields"/> to <paramref name="action"/> with the antiforgery token of the form on <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(formPage);
        return Noted(await _http.PostAsync(action, new FormUrlEncodedContent(fields)));
    }

    /// <summary>Uploads a prep document from the bank list with the token of <paramref name="formPage"/>; the new bank's id.</summary>
    public async Task<Guid> UploadAsync(string formPage, string action, string fileName, string text)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(formPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text)), "file", fileName },
        };
        using var response = Noted(await _http.PostAsync(action, form));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload to {action} answered {(int)response.StatusCode}");
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    /// <summary>Creates the account on <paramref name="node"/> (the form taken from it too), which signs the visitor in.</summary>
    public async Task RegisterAsync(string node)
    {
        using var response = await PostFormAsync(node + "/account/register", node + "/account/register", new() { ["email"] = Email, ["password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"registering on {node} answered {(int)response.StatusCode}");
    }

    /// <summary>The antiforgery token of the form on <paramref name="page"/> (its cookie stays in the jar).</summary>
    public async Task<string> TokenAsync(string page)
    {
        var match = TokenRegex().Match(await PageAsync(page));
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return match.Groups[1].Value;
    }

    public void Dispose() => _http.Dispose();

    private HttpResponseMessage Noted(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues(TwoNodes.NodeHeader, out var node))
        {
            Nodes.AddRange(node);
        }

        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
