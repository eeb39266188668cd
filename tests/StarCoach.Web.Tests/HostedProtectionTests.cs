using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace StarCoach.Web.Tests;

/// <summary>
/// Hosted mode against other people on the network: sessions that end, forwarded headers believed only from the
/// configured proxy, rate limits on sign-in and uploads, a per-user document allowance, and answers that never tell
/// which accounts exist. Requests are sent with the client address a real connection would have.
/// </summary>
public sealed partial class HostedProtectionTests
{
    private const string Password = "correct horse battery";

    /// <summary>A browser at one address: keeps its cookies, sends each request as if from <see cref="Address"/>.</summary>
    private sealed class Visitor(HostedWithLimitsAppFactory factory, string address)
    {
        public string Address { get; set; } = address;

        public Dictionary<string, string> Cookies { get; } = [];

        public List<string> SetCookies { get; } = [];

        public async Task<(int Status, string Body, HttpResponse Response)> SendAsync(string method, string path, Dictionary<string, string>? form = null, string? forwardedProto = null, (string Name, byte[] Bytes)? file = null)
        {
            var context = await factory.Server.SendAsync(c =>
            {
                c.Request.Method = method;
                var query = path.IndexOf('?', StringComparison.Ordinal);
                c.Request.Path = query < 0 ? path : path[..query];
                c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
                c.Request.Host = new HostString("coach.example.org");
                c.Connection.RemoteIpAddress = IPAddress.Parse(Address);
                if (forwardedProto is not null)
                {
                    c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
                    c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
                }

                if (Cookies.Count > 0)
                {
                    c.Request.Headers.Cookie = string.Join("; ", Cookies.Select(k => $"{k.Key}={k.Value}"));
                }

                if (file is { } upload)
                {
                    var content = new MultipartFormDataContent { { new ByteArrayContent(upload.Bytes), "file", upload.Name } };
                    foreach (var (key, value) in form ?? [])
                    {
                        content.Add(new StringContent(value), key);
                    }

                    c.Request.ContentType = content.Headers.ContentType!.ToString();
                    c.Request.Body = content.ReadAsStream();
                }
                else if (form is not null)
                {
                    var bytes = Encoding.UTF8.GetBytes(string.Join("&", form.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")));
                    c.Request.ContentType = "application/x-www-form-urlencoded";
                    c.Request.ContentLength = bytes.Length;
                    c.Request.Body = new MemoryStream(bytes);
                }
            });

            foreach (var header in context.Response.Headers.SetCookie)
            {
                SetCookies.Add(header!);
                var pair = header!.Split(';')[0].Split('=', 2);
                if (pair[1].Length == 0 || header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    Cookies.Remove(pair[0]);
                }
                else
                {
                    Cookies[pair[0]] = pair[1];
                }
            }

            var body = await new StreamReader(context.Response.Body).ReadToEndAsync();
            return (context.Response.StatusCode, WebUtility.HtmlDecode(body), context.Response);
        }

        public async Task<string> TokenAsync(string path, string? forwardedProto = null)
        {
            var (_, body, _) = await SendAsync("GET", path, forwardedProto: forwardedProto);
            return StarCoachAppFactory.TokenIn(body, path);
        }

        public async Task<int> RegisterAsync(string email, string? forwardedProto = null)
        {
            var token = await TokenAsync("/account/register", forwardedProto);
            return (await SendAsync("POST", "/account/register", new() { ["__RequestVerificationToken"] = token, ["email"] = email, ["password"] = Password }, forwardedProto)).Status;
        }

        public async Task<(int Status, string Body)> SignInAsync(string email, string password)
        {
            var token = await TokenAsync("/account/login");
            var (status, body, _) = await SendAsync("POST", "/account/login", new() { ["__RequestVerificationToken"] = token, ["email"] = email, ["password"] = password });
            return (status, body);
        }
    }

    private static string Email() => $"user-{Guid.NewGuid():N}@example.org";

    private static string SessionCookie(Visitor visitor) => visitor.SetCookies.Last(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));

    [Fact]
    public async Task BehindTheConfiguredProxyOverHttps_CookiesAreSecure_AndFromAnyoneElseTheHeaderIsIgnored()
    {
        await using var factory = new HostedWithLimitsAppFactory();
        var throughProxy = new Visitor(factory, "127.0.0.1");
        Assert.Equal(302, await throughProxy.RegisterAsync(Email(), forwardedProto: "https"));
        Assert.Contains("secure", SessionCookie(throughProxy), StringComparison.OrdinalIgnoreCase);
        Assert.All(throughProxy.SetCookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));

        var pretending = new Visitor(factory, "198.51.100.23");
        Assert.Equal(302, await pretending.RegisterAsync(Email(), forwardedProto: "https"));
        Assert.DoesNotContain("secure", SessionCookie(pretending), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_LastsHoursNotWeeks_AndSignOutEndsEveryCopyOfTheSession()
    {
        await using var factory = new HostedWithLimitsAppFactory();
        var owner = new Visitor(factory, "198.51.100.10");
        Assert.Equal(302, await owner.RegisterAsync(Email()));
        var expires = DateTimeOffset.Parse(ExpiresRegex().Match(SessionCookie(owner)).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddHours(11), DateTimeOffset.UtcNow.AddHours(13));

        var thief = new Visitor(factory, "198.51.100.66");
        foreach (var (name, value) in owner.Cookies)
        {
            thief.Cookies[name] = value;
        }

        Assert.Equal(200, (await thief.SendAsync("GET", "/")).Status);
        var token = await owner.TokenAsync("/");
        Assert.Equal(302, (await owner.SendAsync("POST", "/account/logout", new() { ["__RequestVerificationToken"] = token })).Status);

        var (status, _, response) = await thief.SendAsync("GET", "/");
        Assert.Equal(302, status);
        Assert.Contains("/account/login", response.Headers.Location.ToString(), StringComparison.Ordinal);
        Assert.Equal(401, (await thief.SendAsync("GET", "/api/banks")).Status);
    }

    [Fact]
    public async Task SignInAnswers_AreTheSameForAnUnknownEmailAWrongPasswordAndALockedAccount()
    {
        await using var factory = new HostedWithLimitsAppFactory(("StarCoach:AccountAttemptsPerMinute", "100"));
        var email = Email();
        Assert.Equal(302, await new Visitor(factory, "198.51.100.1").RegisterAsync(email));

        var stranger = new Visitor(factory, "198.51.100.2");
        var unknown = await stranger.SignInAsync(Email(), Password);
        var wrong = await stranger.SignInAsync(email, "not the password at all");
        for (var i = 0; i < 5; i++)
        {
            await stranger.SignInAsync(email, "still not the password");
        }

        var locked = await stranger.SignInAsync(email, Password);

        Assert.Contains(Features.Account.LoginModel.NotSignedIn, unknown.Body, StringComparison.Ordinal);
        Assert.Contains(Features.Account.LoginModel.NotSignedIn, wrong.Body, StringComparison.Ordinal);
        Assert.Contains(Features.Account.LoginModel.NotSignedIn, locked.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("locked", locked.Body, StringComparison.OrdinalIgnoreCase);

        var again = await new Visitor(factory, "198.51.100.3").RegisterAsync(email);
        Assert.Equal(200, again);
    }

    [Fact]
    public async Task RegisteringAnEmailThatHasAnAccount_SaysWhatAnyBadAddressGets()
    {
        await using var factory = new HostedWithLimitsAppFactory();
        var email = Email();
        var visitor = new Visitor(factory, "198.51.100.4");
        Assert.Equal(302, await visitor.RegisterAsync(email));

        var other = new Visitor(factory, "198.51.100.5");
        var token = await other.TokenAsync("/account/register");
        var (_, taken, _) = await other.SendAsync("POST", "/account/register", new() { ["__RequestVerificationToken"] = token, ["email"] = email, ["password"] = Password });
        var (_, invalid, _) = await other.SendAsync("POST", "/account/register", new() { ["__RequestVerificationToken"] = token, ["email"] = "not an address", ["password"] = Password });

        Assert.Contains(Features.Account.RegisterModel.EmailRefused, taken, StringComparison.Ordinal);
        Assert.Contains(Features.Account.RegisterModel.EmailRefused, invalid, StringComparison.Ordinal);
        Assert.DoesNotContain("taken", taken, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ManySignInAttemptsFromOneAddress_AreSlowedDown_WhileOtherAddressesStillSignIn()
    {
        await using var factory = new HostedWithLimitsAppFactory();
        var email = Email();
        Assert.Equal(302, await new Visitor(factory, "198.51.100.20").RegisterAsync(email));

        var guesser = new Visitor(factory, "198.51.100.21");
        var statuses = new List<int>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await guesser.SignInAsync(Email(), "guess " + i)).Status);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(200, s));
        Assert.Equal(429, statuses[10]);
        var (_, page, response) = await guesser.SendAsync("POST", "/account/login", new() { ["email"] = email, ["password"] = Password });
        Assert.Contains("Too many tries", page, StringComparison.Ordinal);
        Assert.True(int.Parse(response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);

        Assert.Equal(302, (await new Visitor(factory, "198.51.100.22").SignInAsync(email, Password)).Status);
    }

    [Fact]
    public async Task Uploads_AreLimitedPerUser_AndEachUserKeepsDocumentsUpToTheAllowance()
    {
        await using var factory = new HostedWithLimitsAppFactory(("StarCoach:DocumentMegabytesPerUser", "1"), ("StarCoach:UploadsPerTenMinutes", "3"));
        var user = new Visitor(factory, "198.51.100.30");
        Assert.Equal(302, await user.RegisterAsync(Email()));
        var document = Encoding.UTF8.GetBytes("Tell me about a time you fixed a rota.\n\n" + string.Concat(Enumerable.Repeat("I rebuilt the weekend rota with the two shift leads, and missed shifts fell from six a month to one. ", 6000)) + "\n");
        Assert.InRange(document.Length, 600_000, 700_000);

        async Task<(int Status, string Body)> UploadAsync(string name)
        {
            var token = await user.TokenAsync("/");
            var (status, body, _) = await user.SendAsync("POST", "/?handler=Upload", new() { ["__RequestVerificationToken"] = token }, file: (name, document));
            return (status, body);
        }

        Assert.Equal(302, (await UploadAsync("rota.txt")).Status);
        var second = await UploadAsync("rota-copy.txt");
        Assert.Equal(400, second.Status);
        Assert.Contains("rota-copy.txt: your banks already keep 0.6 MB of documents, and this one would pass your 1 MB allowance; delete a bank you no longer need, then import again.", second.Body, StringComparison.Ordinal);
        Assert.Equal(302, (await UploadAsync("rota.txt")).Status);

        var fourth = await UploadAsync("rota.txt");
        Assert.Equal(429, fourth.Status);
        Assert.Contains("Too many tries", fourth.Body, StringComparison.Ordinal);
    }

    [GeneratedRegex("expires=([^;]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ExpiresRegex();
}
