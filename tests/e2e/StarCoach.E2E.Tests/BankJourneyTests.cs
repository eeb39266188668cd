using Microsoft.Playwright;
using StarCoach.Testing;

namespace StarCoach.E2E.Tests;

/// <summary>What a candidate does in the browser: upload their prep document, open an answer, fix it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BankJourneyTests(AppServer app)
{
    /// <summary>Empty when the page fits the screen (no sideways scrolling); otherwise the elements that stick out on the right, for the failure message.</summary>
    internal const string WiderThanTheScreen = """
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth ? "" :
          document.documentElement.scrollWidth + " px wide: " + (Array.from(document.querySelectorAll("body *"))
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible")
            .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + String(e.className).split(" ").join(".") : "") + " right=" + Math.round(e.getBoundingClientRect().right))
            .join("; ") || "text sticks out")
        """;

    private static string Seed(string name)
    {
        var path = Path.GetFullPath(Path.Combine(AppServer.RepositoryRoot, "..", "shared", "seeds", name));
        Assert.True(File.Exists(path), $"seed {path} missing");
        return path;
    }

    private static async Task<IPage> UploadSeedAsync(AppServer app)
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", Seed("behavioral-questions.txt"));
        await page.ClickAsync("button:has-text('Import')");
        await OpenAnswersAsync(page);
        return page;
    }

    /// <summary>From the import summary an upload lands on, to the bank's answers.</summary>
    private static async Task OpenAnswersAsync(IPage page)
    {
        await page.WaitForURLAsync("**/banks/*/import");
        await page.ClickAsync("a:has-text('Go to the answers')");
        await page.WaitForURLAsync("**/banks/*");
    }

    /// <summary>Uploads <paramref name="file"/> from the bank list and opens the first answer of the new bank.</summary>
    private static async Task OpenFirstAnswerAsync(IPage page, string file)
    {
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button:has-text('Import')");
        await OpenAnswersAsync(page);
        await page.Locator("a.answer-link").First.ClickAsync();
        await page.WaitForURLAsync("**/answers/*");
    }

    [Fact]
    public async Task Upload_SummaryListsTheUnsureQuestionFirst_AndAKeptAsideLineCanBeMadeAQuestion()
    {
        var file = Path.Combine(Path.GetTempPath(), $"retail-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, ImportDocuments.Unsure);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button:has-text('Import')");

        var checkFirst = page.Locator("#check-first");
        await Assertions.Expect(checkFirst).ToBeVisibleAsync();
        await Assertions.Expect(checkFirst.Locator("li").First).ToContainTextAsync("2. A time you trained a new colleague");
        await Assertions.Expect(checkFirst.Locator("li").First).ToContainTextAsync("because it is an item of a list of questions");
        var keptAside = page.Locator("#kept-aside");
        Assert.True((await checkFirst.BoundingBoxAsync())!.Y < (await keptAside.BoundingBoxAsync())!.Y, "check-first items should come before the text kept aside");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "import-summary.png"), FullPage = true });
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync(page.Url);
        await Assertions.Expect(phone.Locator("#check-first")).ToBeVisibleAsync();
        Assert.Equal(string.Empty, await phone.EvaluateAsync<string>(WiderThanTheScreen));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "import-summary-phone.png"), FullPage = true });

        await keptAside.Locator("li", new() { HasText = "Customer complaints" }).GetByRole(AriaRole.Button, new() { Name = "This is a question" }).ClickAsync();

        await Assertions.Expect(page.Locator(".alert.success")).ToContainTextAsync("Line 3 is a question");
        await Assertions.Expect(page.Locator("#questions .question-text", new() { HasText = "Customer complaints" })).ToBeVisibleAsync();
        await OpenAnswersAsync(page);
        await Assertions.Expect(page.Locator("article.question .question-text").First).ToHaveTextAsync("Customer complaints");
        File.Delete(file);
    }

    [Fact]
    public async Task ChoosingAFileOverTheLimit_SaysSoBeforeUploading()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", new FilePayload { Name = "whole-drive.md", MimeType = "text/markdown", Buffer = new byte[21 * 1024 * 1024] });
        await page.ClickAsync("button:has-text('Import')");

        // The browser keeps the form (no upload starts) and the field says why.
        var message = await page.Locator("#file").EvaluateAsync<string>("input => input.validationMessage");
        Assert.Equal("whole-drive.md is 21.0 MB; files up to 20 MB can be imported. Split the document and import the parts.", message);
        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#upload-heading")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task NewUser_OpensOnTheSampleBank()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");

        Assert.Equal("Your banks · StarCoach", await page.TitleAsync());
        await Assertions.Expect(page.Locator(".bank-name")).ToContainTextAsync(["Interview Prep - Operations Manager, Northwind Logistics"]);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "banks.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadSeed_ShowsAll34QuestionsByCategory()
    {
        var page = await UploadSeedAsync(app);

        Assert.Equal(34, await page.Locator("article.question").CountAsync());
        await Assertions.Expect(page.Locator(".category h2").First).ToHaveTextAsync("Thinking outside the box");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "bank.png") });
    }

    [Fact]
    public async Task AnswerPage_HighlightsFindings_AndLiveReviewFollowsEdits()
    {
        var page = await UploadSeedAsync(app);
        await page.Locator("article.question", new() { HasText = "Tell me about a time you disagreed with a coworker" }).Locator("a.answer-link").First.ClickAsync();
        await page.WaitForURLAsync("**/answers/*");

        var marks = page.Locator("#highlighted mark.finding");
        Assert.True(await marks.CountAsync() > 0, "expected highlighted findings");
        Assert.False(string.IsNullOrEmpty(await marks.First.GetAttributeAsync("title")));
        await Assertions.Expect(page.Locator("#rubric tbody tr")).ToHaveCountAsync(6);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "answer.png"), FullPage = true });

        var before = await page.Locator("#overall").TextContentAsync();
        await page.FillAsync("#answer-text", "I think we maybe kind of fixed it, basically.");
        await Assertions.Expect(page.Locator("#overall")).Not.ToHaveTextAsync(before!);
        await Assertions.Expect(page.Locator("#live-status")).ToContainTextAsync("Review updated");
        Assert.True(await page.Locator("#findings li").CountAsync() > 0);

        // The live list names each finding in plain words, its rule id in the tooltip; the rubric's reasons carry no ids.
        var rule = page.Locator("#findings li .rule").First;
        Assert.Matches(@"^[a-z]+\.[a-z-]+$", await rule.GetAttributeAsync("title") ?? string.Empty);
        Assert.DoesNotMatch(@"[a-z]+\.[a-z-]+", await rule.TextContentAsync() ?? string.Empty);
        await Assertions.Expect(page.Locator("#rubric tbody")).Not.ToContainTextAsync("fired:");

        // The new score and the first fixes are beside the editor, not only at the top of a long page.
        await Assertions.Expect(page.Locator("#live-overall")).ToHaveTextAsync((await page.Locator("#overall").TextContentAsync())!);
        await Assertions.Expect(page.Locator("#live-fixes li").First).ToBeVisibleAsync();
        var editor = (await page.Locator("#answer-text").BoundingBoxAsync())!;
        var live = (await page.Locator("#live-result").BoundingBoxAsync())!;
        Assert.True(Math.Abs(live.Y - editor.Y) < 200, $"the live score is {live.Y - editor.Y:0} px from the editor");

        await page.ClickAsync("#edit-form button[type=submit]");
        await page.WaitForURLAsync("**/answers/*");
        await Assertions.Expect(page.Locator(".alert.success")).ToContainTextAsync("Saved");
        await Assertions.Expect(page.Locator("#highlighted")).ToContainTextAsync("I think we maybe kind of fixed it");
    }

    [Fact]
    public async Task AnswerPage_ArtifactFiveTimes_HighlightsEachPlace_AndEachLinksToItsFix()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pasted-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Tell me about a time you fixed a problem.\n\nSituation: our till froze at peak.&nbsp;Task: I had to fix it.&nbsp;"
            + "Action: I rebuilt the cache.&nbsp;Result: checkout time fell by 30%.&nbsp;I learned to test under load.&nbsp;\n");
        var page = await app.NewPageAsync();
        await OpenFirstAnswerAsync(page, file);

        var pasted = page.Locator("#highlighted mark.finding", new() { HasText = "&nbsp;" });
        await Assertions.Expect(pasted).ToHaveCountAsync(5);

        // Keyboard: the skip link comes first and shows a focus ring; every highlight is a link to its entry in "What to fix".
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator("a.skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        Assert.NotEqual("none", await skip.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        var fourth = pasted.Nth(3).Locator("a");
        await fourth.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var entry = page.Locator("#findings li:target");
        await Assertions.Expect(entry).ToContainTextAsync("(5×)");
        await Assertions.Expect(entry).ToBeInViewportAsync();
        File.Delete(file);
    }

    [Fact]
    public async Task ScriptInAnswer_IsShownAsTextAndNeverRuns()
    {
        var file = Path.Combine(Path.GetTempPath(), $"xss-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Tell me about a time you fixed a bug.\n\nSituation: <script>alert('owned')</script> the till <img src=x onerror=alert(1)> froze.\n\nResult: Sales recovered by 15%.\n");
        var page = await app.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await OpenFirstAnswerAsync(page, file);

        await Assertions.Expect(page.Locator("#highlighted")).ToContainTextAsync("<script>alert('owned')</script>");
        Assert.Equal(0, await page.Locator("#highlighted img").CountAsync());
        Assert.Equal(0, dialogs);
        File.Delete(file);
    }

    [Fact]
    public async Task BankAndAnswerPages_OnAPhone_HaveNoSidewaysScrolling()
    {
        await UploadSeedAsync(app);
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/");
        await phone.Locator(".bank-name", new() { HasText = "Behavioral Questions" }).First.ClickAsync();
        await phone.WaitForURLAsync("**/banks/*");

        Assert.Equal(string.Empty, await phone.EvaluateAsync<string>(WiderThanTheScreen));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "bank-phone.png") });

        await phone.Locator("a.answer-link").First.ClickAsync();
        await phone.WaitForURLAsync("**/answers/*");
        Assert.Equal(string.Empty, await phone.EvaluateAsync<string>(WiderThanTheScreen));
    }
}
