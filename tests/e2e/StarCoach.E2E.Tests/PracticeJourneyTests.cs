using Microsoft.Playwright;

namespace StarCoach.E2E.Tests;

/// <summary>A timed mock interview in the browser, on the sample bank a new user starts with.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PracticeJourneyTests(AppServer app)
{
    private const string Answer =
        "Situation: In 2023 our Leeds warehouse moved 40 pickers from paper to handheld scanners just before peak. " +
        "Task: As shift manager I had to get the shift live without losing throughput. " +
        "Action: I trained six floor champions and ran paper and scanners side by side for two weeks. " +
        "Result: We went live a week early and pick accuracy rose from 97.1% to 99.5%.";

    private static async Task<string> SampleBankAsync(IPage page)
    {
        await page.GotoAsync("/");
        await page.Locator(".bank-name", new() { HasText = "Northwind" }).First.ClickAsync();
        await page.WaitForURLAsync("**/banks/*");
        return new Uri(page.Url).AbsolutePath;
    }

    [Fact]
    public async Task Practice_AskTimeReviewProbe_ShowsWhatToFixAndWhenNext()
    {
        var page = await app.NewPageAsync();
        var bank = await SampleBankAsync(page);

        await page.GotoAsync(bank + "/practice");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "practice.png"), FullPage = true });
        await page.SelectOptionAsync("#mode", "full");
        await page.ClickAsync("button:has-text('Start practising')");
        await page.WaitForURLAsync("**/practice/ask*");

        await Assertions.Expect(page.Locator(".practice-question")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync("3:00");
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^2:5[0-9]$"), new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "practice-question.png") });

        await page.FillAsync("#attempt", Answer);
        await page.ClickAsync("button:has-text('Done')");
        await page.WaitForURLAsync("**/practice/attempts/*");

        await Assertions.Expect(page.Locator("#next-due")).ToContainTextAsync("Next practice of this story");
        await Assertions.Expect(page.Locator(".recall-list li").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".probe-question").First).ToContainTextAsync("Interviewer:");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "practice-review.png"), FullPage = true });

        for (var probe = 0; probe < 3 && await page.Locator("#probe-answer").CountAsync() > 0; probe++)
        {
            // The answer posts back to the same attempt page; wait for its review to appear rather than for a URL change.
            var reviewed = await page.Locator(".probe .score").CountAsync();
            await page.FillAsync("#probe-answer", "I measured pick accuracy daily from the scanner logs and compared it with the paper baseline.");
            await page.ClickAsync("button:has-text('Answer the follow-up')");
            await Assertions.Expect(page.Locator(".probe .score")).ToHaveCountAsync(reviewed + 1, new() { Timeout = 60_000 });
        }

        await Assertions.Expect(page.Locator("#next-question")).ToBeVisibleAsync();

        await page.GotoAsync(bank + "/progress");
        await Assertions.Expect(page.Locator(".chart svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "progress.png"), FullPage = true });
    }
}
