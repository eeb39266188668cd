using Microsoft.Playwright;
using StarCoach.Testing;

namespace StarCoach.E2E.Tests;

/// <summary>A timed mock interview in the browser, on the sample bank a new user starts with.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PracticeJourneyTests(AppServer app)
{
    /// <summary>A retelling of the sample bank's scanner story, as a candidate would type it.</summary>
    internal const string Answer =
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
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync("2:30");
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^2:2[0-9]$"), new() { Timeout = 15_000 });
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
            await page.ClickAsync("#start-answering");
            await page.FillAsync("#probe-answer", "I measured pick accuracy daily from the scanner logs and compared it with the paper baseline.");
            await page.ClickAsync("button:has-text('Answer the follow-up')");
            await Assertions.Expect(page.Locator(".probe .score")).ToHaveCountAsync(reviewed + 1, new() { Timeout = 60_000 });
        }

        await Assertions.Expect(page.Locator("#next-question")).ToBeVisibleAsync();

        await page.GotoAsync(bank + "/progress");
        await Assertions.Expect(page.Locator(".chart svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "progress.png"), FullPage = true });
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Practice_SessionWithASkippedFollowUp_EndsOnASummaryInLocalTime(int width, int height)
    {
        var page = await app.NewPageAsync(width, height, timezoneId: "Asia/Tokyo");
        var bank = await SampleBankAsync(page);
        string Shot(string name) => Path.Combine(AppServer.Screenshots, $"{name}-{width}.png");

        await page.GotoAsync(bank + "/practice");
        await page.SelectOptionAsync("#count", "1");
        await page.ClickAsync("button:has-text('Start practising')");
        await page.WaitForURLAsync("**/practice/ask*");

        await Assertions.Expect(page.Locator("#story-name .story-title")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#session-position")).ToHaveTextAsync("question 1 of 1");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("session-question"), FullPage = true });
        await page.FillAsync("#attempt", Answer);
        await page.ClickAsync("button:has-text('Done')");
        await page.WaitForURLAsync("**/practice/attempts/*");

        // The follow-up waits: its box is closed and its minute does not run while the review is read.
        await Assertions.Expect(page.Locator("#start-answering")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#probe-answer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync("1:00");
        await Assertions.Expect(page.Locator("#next-due time")).Not.ToContainTextAsync("UTC");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("session-review"), FullPage = true });

        await page.ClickAsync("#start-answering");
        await Assertions.Expect(page.Locator("#probe-answer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#timer-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^0:5[0-9]$"), new() { Timeout = 15_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("session-follow-up") });

        // Skip this follow-up and any after it: nothing to type, and the page says each was skipped.
        await SkipFollowUpsAsync(page);

        await page.ClickAsync("#session-summary");
        await page.WaitForURLAsync("**/practice/summary*");
        var row = page.Locator("#session-summary .summary-list li");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row.Locator(".story-title")).Not.ToBeEmptyAsync();
        await Assertions.Expect(row.Locator(".grade")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Again|Hard|Good|Easy)$"));
        var when = row.Locator("time");
        await Assertions.Expect(when).Not.ToContainTextAsync("UTC");
        var utc = DateTimeOffset.Parse(await when.GetAttributeAsync("datetime") ?? string.Empty, System.Globalization.CultureInfo.InvariantCulture);
        var tokyo = utc.ToOffset(TimeSpan.FromHours(9));
        var clock = string.Join('|', tokyo.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), tokyo.ToString("hh:mm", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(when).ToContainTextAsync(new System.Text.RegularExpressions.Regex(clock));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("session-summary"), FullPage = true });

        await page.ClickAsync("text=Back to the schedule");
        await Assertions.Expect(page.Locator("#schedule-heading")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table .story-title").First).Not.ToBeEmptyAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("session-schedule"), FullPage = true });
    }

    [Fact]
    public async Task Practice_ParaphraseThenWrongFigure_GradedGoodWithWhy_ChangedFigureShown_GradeChanged()
    {
        var page = await app.NewPageAsync();
        var file = Path.Combine(Path.GetTempPath(), $"costs-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, RecallStories.CostStory);
        await page.GotoAsync("/");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button:has-text('Import')");
        await page.WaitForURLAsync("**/banks/*/import");
        var bank = new Uri(page.Url).AbsolutePath[..^"/import".Length];

        await AnswerAsync(page, bank, RecallStories.CostParaphrase);

        await Assertions.Expect(page.Locator("#grade")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Good|Easy)$"));
        await Assertions.Expect(page.Locator("#grade-why")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("^(Good|Easy): you told 9 of 9 points"));
        await Assertions.Expect(page.Locator(".recall-missed")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppServer.Screenshots, "practice-grade.png"), FullPage = true });

        var due = await page.Locator("#next-due").InnerTextAsync();
        await page.SelectOptionAsync("#grade-choice", "Again");
        await page.ClickAsync("button:has-text('Change grade')");
        await Assertions.Expect(page.Locator("#grade")).ToHaveTextAsync("Again");
        await Assertions.Expect(page.Locator("#grade-why")).ToContainTextAsync("Again: your grade; StarCoach suggested");
        await Assertions.Expect(page.Locator("#next-due")).Not.ToHaveTextAsync(due);

        await AnswerAsync(page, bank, RecallStories.CostParaphrase.Replace("about 8,000 dollars", "$5,000", StringComparison.Ordinal));

        var changed = page.Locator(".recall-changed", new() { HasText = "figure $8,000" });
        await Assertions.Expect(changed).ToContainTextAsync("$5,000");
        await Assertions.Expect(page.Locator("#grade-why")).ToContainTextAsync("you said $5,000 where you prepared $8,000");
    }

    /// <summary>Skips the attempt's follow-ups, one at a time, waiting for the page to say each was skipped.</summary>
    internal static async Task SkipFollowUpsAsync(IPage page)
    {
        for (var probe = 0; probe < 3 && await page.Locator("#skip-follow-up").CountAsync() > 0; probe++)
        {
            var skipped = await page.Locator(".probe .skipped").CountAsync();
            await page.ClickAsync("#skip-follow-up");
            await Assertions.Expect(page.Locator(".probe .skipped")).ToHaveCountAsync(skipped + 1);
        }
    }

    /// <summary>Practises the bank's only story from its schedule and answers with <paramref name="text"/>.</summary>
    private static async Task AnswerAsync(IPage page, string bank, string text)
    {
        await page.GotoAsync(bank + "/practice");
        await page.ClickAsync("a:has-text('practise')");
        await page.WaitForURLAsync("**/practice/ask*");
        await page.FillAsync("#attempt", text);
        await page.ClickAsync("button:has-text('Done')");
        await page.WaitForURLAsync("**/practice/attempts/*");
    }
}
