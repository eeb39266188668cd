using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Json;

namespace StarCoach.Data.Tests;

/// <summary>A story's own title, stored per answer on SQLite and PostgreSQL (the StoryTitles migration of each).</summary>
public sealed class StoryTitleStorageTests
{
    private const string Owner = "alice";
    private const string Other = "bob";

    private const string Prep = """
        Tell me about a time you reduced costs.

        Situation: At my last job, our depot paid for overtime every weekend.
        Action: I re-sequenced the pick waves instead of hiring temps.
        Result: Overtime fell by 40% in one quarter.
        """;

    public static TheoryData<string> Providers => PracticeDatabase.PostgresAvailable ? ["sqlite", "postgres"] : ["sqlite"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SetAnswerTitle_OwnersStory_IsReadBackKeptOnReimportAndClearedByBlank(string provider)
    {
        await using var db = await PracticeDatabase.CreateAsync(provider);
        var id = await db.ImportAsync(Owner, "prep.txt", Prep);
        var answerId = (await db.WithAsync((_, banks, _) => banks.LoadAsync(Owner, id, Token)))!.Questions[0].Answers[0].Id;

        var theirs = await db.WithAsync((_, banks, _) => banks.SetAnswerTitleAsync(Other, id, answerId, "Stolen", Token));
        var mine = await db.WithAsync((_, banks, _) => banks.SetAnswerTitleAsync(Owner, id, answerId, "  The overtime story ", Token));
        var edited = Prep.Replace("40%", "45%", StringComparison.Ordinal);
        await db.WithAsync(async (_, banks, _) => await banks.SaveImportAsync(Owner, new BankImporter().Import("prep.txt", System.Text.Encoding.UTF8.GetBytes(edited)).Bank!, id, cancellationToken: Token));
        var reimported = (await db.WithAsync((_, banks, _) => banks.LoadAsync(Owner, id, Token)))!.Questions[0].Answers[0];
        var cleared = await db.WithAsync((_, banks, _) => banks.SetAnswerTitleAsync(Owner, id, reimported.Id, " ", Token));

        Assert.Null(theirs);
        Assert.Equal("The overtime story", mine!.Title);
        Assert.Equal("The overtime story", reimported.Title);
        Assert.Null(cleared!.Title);
        Assert.Equal("Our depot paid for overtime every weekend", StoryTitle.Of((await db.WithAsync((_, banks, _) => banks.LoadAsync(Owner, id, Token)))!.Questions[0], cleared));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveImport_BankJsonWithATitle_StoresItAndExportsItAgain(string provider)
    {
        await using var db = await PracticeDatabase.CreateAsync(provider);
        var bank = new BankImporter().Import("prep.txt", System.Text.Encoding.UTF8.GetBytes(Prep)).Bank!;
        var titled = bank with { Questions = [bank.Questions[0] with { Answers = [bank.Questions[0].Answers[0] with { Title = "Pick waves" }] }] };
        var json = BankJson.Serialize(titled);

        var id = await db.WithAsync(async (_, banks, _) => (await banks.SaveImportAsync(Owner, BankJson.Deserialize(json), cancellationToken: Token))!.BankId);
        var loaded = await db.WithAsync((_, banks, _) => banks.LoadAsync(Owner, id, Token));

        Assert.Contains("\"title\": \"Pick waves\"", json, StringComparison.Ordinal);
        Assert.Equal("Pick waves", loaded!.Questions[0].Answers[0].Title);
        Assert.DoesNotContain("\"title\": \"Pick", BankJson.Serialize(bank), StringComparison.Ordinal);
    }
}
