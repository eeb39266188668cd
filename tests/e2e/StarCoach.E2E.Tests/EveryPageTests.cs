using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StarCoach.E2E.Tests;

/// <summary>
/// Every page a candidate can reach, in local and hosted mode, at laptop and phone width: axe finds no serious or
/// critical violation, nothing scrolls sideways, chart text is 12 px or more and the CSP blocks nothing the page needs. Each page is photographed
/// (artifacts/screenshots/pages) for docs/screenshots. One browser session per mode walks the whole app, as a user would.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryPageTests(AppServer app)
{
    private static readonly (string Name, int Width, int Height)[] Sizes = [("desktop", 1280, 900), ("phone", 390, 844)];

    /// <summary>Chart text shown smaller than 12 px (its size times the chart's scale on screen), for the failure message.</summary>
    private const string SmallChartText = """
        () => Array.from(document.querySelectorAll(".chart svg")).filter(svg => svg.getClientRects().length > 0).flatMap(svg => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return Array.from(svg.querySelectorAll("text"))
            .map(t => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale }))
            .filter(t => t.px < 12).map(t => `"${t.text}" ${t.px.toFixed(1)} px`);
        }).slice(0, 6).join("; ")
        """;

    private static string Shots { get; } = Directory.CreateDirectory(Path.Combine(AppServer.Screenshots, "pages")).FullName;

    [Theory]
    [InlineData("local")]
    [InlineData("hosted")]
    public async Task EveryPage_AtBothWidths_PassesAxe_AndNeverScrollsSideways(string mode)
    {
        var baseUrl = mode == "hosted" ? await app.HostedUrlAsync() : app.BaseUrl;
        var page = await app.NewPageAsync(baseUrl: baseUrl);
        // What the page's own Content-Security-Policy blocks (an inline style, a script): listened for before the page runs.
        await page.AddInitScriptAsync("""
            window.blockedByCsp = [];
            document.addEventListener("securitypolicyviolation", e => window.blockedByCsp.push(e.violatedDirective + " " + (e.blockedURI || e.sample)));
            """);
        var problems = new StringBuilder();

        // ready: what the page shows once it is done (Match reloads itself until the stories are read).
        async Task CheckAsync(string name, string? url = null, string ready = "h1")
        {
            url ??= page.Url;
            foreach (var (size, width, height) in Sizes)
            {
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync(url);
                await Assertions.Expect(page.Locator(ready).First).ToBeVisibleAsync(new() { Timeout = AppServer.NavigationTimeoutMs });
                var wide = await page.EvaluateAsync<string>(BankJourneyTests.WiderThanTheScreen);
                var small = await page.EvaluateAsync<string>(SmallChartText);
                if (small.Length > 0)
                {
                    problems.AppendLine($"{mode} {name} at {width} px has chart text under 12 px: {small}");
                }

                foreach (var blocked in await page.EvaluateAsync<string[]>("() => window.blockedByCsp"))
                {
                    problems.AppendLine($"{mode} {name}: the Content-Security-Policy blocked {blocked}");
                }

                if (wide.Length > 0)
                {
                    problems.AppendLine($"{mode} {name} at {width} px scrolls sideways: {wide}");
                }

                var axe = await page.RunAxe();
                foreach (var violation in axe.Violations.Where(v => v.Impact is "serious" or "critical"))
                {
                    problems.AppendLine($"{mode} {name} at {width} px: {violation.Impact} {violation.Id} ({violation.Help}) at "
                        + string.Join(", ", violation.Nodes.Take(4).Select(n => n.Target?.ToString() + " " + n.Html)));
                }

                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"{mode}-{name}-{size}.png"), FullPage = true });
            }
        }

        if (mode == "hosted")
        {
            await CheckAsync("login", "/account/login");
            await CheckAsync("register", "/account/register");
            await page.FillAsync("#email", $"coachee-{Guid.NewGuid():N}@example.org");
            await page.FillAsync("#password", Visitor.Password);
            await page.ClickAsync("button:has-text('Create account')");
            await Assertions.Expect(page.Locator("#upload-heading")).ToBeVisibleAsync();
        }

        await page.GotoAsync("/");
        if (mode == "hosted")
        {
            await page.SetInputFilesAsync("#file", Path.Combine(AppServer.RepositoryRoot, "samples", "sample-prep.txt"));
            await page.ClickAsync("button:has-text('Import')");
            await page.WaitForURLAsync("**/banks/*/import");
            await page.GotoAsync("/");
        }

        await CheckAsync("banks");
        // The sample bank in both modes (other tests add banks to the local app), so both walk the same pages.
        await page.Locator(".bank-name", new() { HasText = "Northwind" }).First.ClickAsync();
        await page.WaitForURLAsync("**/banks/*");
        var bank = new Uri(page.Url).AbsolutePath;
        await CheckAsync("bank");
        await CheckAsync("import", bank + "/import");
        await CheckAsync("coverage", bank + "/coverage");
        await CheckAsync("match", bank + "/match?q=" + Uri.EscapeDataString("Tell me about a time you had to change a process quickly."), ready: ".match-list > li");
        await CheckAsync("check", bank + "/check");
        await CheckAsync("delete", bank + "/delete");
        await page.GotoAsync(bank);
        // A story with findings, so its highlights are checked too.
        await page.Locator("a.answer-link", new() { HasText = "lorry" }).ClickAsync();
        await page.WaitForURLAsync("**/answers/*");
        await Assertions.Expect(page.Locator("#highlighted mark.finding").First).ToBeVisibleAsync();
        await CheckAsync("answer");
        await CheckAsync("progress-empty", bank + "/progress");
        await CheckAsync("practice", bank + "/practice");

        await page.SelectOptionAsync("#count", "1");
        await page.ClickAsync("button:has-text('Start practising')");
        await page.WaitForURLAsync("**/practice/ask*");
        await CheckAsync("practice-question");
        await page.FillAsync("#attempt", PracticeJourneyTests.Answer);
        await page.ClickAsync("button:has-text('Done')");
        await page.WaitForURLAsync("**/practice/attempts/*");
        await CheckAsync("practice-review");
        await PracticeJourneyTests.SkipFollowUpsAsync(page);

        await page.ClickAsync("#session-summary");
        await page.WaitForURLAsync("**/practice/summary*");
        await CheckAsync("practice-summary");
        await CheckAsync("progress", bank + "/progress");
        await CheckAsync("not-found", "/errors/404");

        Assert.True(problems.Length == 0, problems.ToString());
    }
}
