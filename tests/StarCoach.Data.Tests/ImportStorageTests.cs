using System.Text;
using StarCoach.Core.Import;
using StarCoach.Testing;

namespace StarCoach.Data.Tests;

/// <summary>What import says about its reading, the document and the user's corrections, stored on real databases.</summary>
public sealed class ImportStorageTests
{
    private const string Owner = "alice";
    private const string Other = "bob";

    public static TheoryData<string> Providers => PracticeDatabase.PostgresAvailable ? ["sqlite", "postgres"] : ["sqlite"];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task SaveImport_ConfidenceReadingAndDocument_ReadBackAsImported(string provider)
    {
        await using var db = await PracticeDatabase.CreateAsync(provider);
        var bytes = Encoding.UTF8.GetBytes(ImportDocuments.Unsure);
        var imported = new BankImporter().Import("prep.txt", bytes).Bank!;

        var id = await db.WithAsync(async (_, banks, _) => (await banks.SaveImportAsync(Owner, imported, source: new ImportSource("prep.txt", bytes), cancellationToken: Token))!.BankId);
        var loaded = await db.WithAsync((_, banks, _) => banks.LoadAsync(Owner, id, Token));
        var source = await db.WithAsync((_, banks, _) => banks.SourceAsync(Owner, id, Token));
        var othersSource = await db.WithAsync((_, banks, _) => banks.SourceAsync(Other, id, Token));

        var unsure = Assert.Single(loaded!.Questions, q => ImportConfidence.IsLow(q.Confidence));
        Assert.Equal("2. A time you trained a new colleague", unsure.Text);
        Assert.Equal(imported.Questions[1].Confidence, unsure.Confidence);
        Assert.Equal(imported.Questions[1].Reading, unsure.Reading);
        Assert.NotNull(unsure.Reading);
        Assert.Equal(imported.Questions[0].Answers[0].Confidence, loaded.Questions[0].Answers[0].Confidence);
        Assert.NotNull(loaded.Questions[0].Answers[0].Confidence);
        Assert.Equal(bytes, source!.Content);
        Assert.Equal("prep.txt", source.FileName);
        Assert.Null(othersSource);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Corrections_AddedForOneOwner_ListInOrderAndGoWithTheBank(string provider)
    {
        await using var db = await PracticeDatabase.CreateAsync(provider);
        var id = await db.ImportAsync(Owner, "prep.txt", ImportDocuments.Unsure);
        var longLine = string.Concat(Enumerable.Repeat("word  ", 120));

        var added = await db.WithAsync(async (_, _, context) =>
        {
            var store = new CorrectionStore(context, db.Clock);
            var first = await store.AddAsync(Owner, id, ImportCorrection.Of(CorrectionKind.Question, "Customer complaints"), Token);
            db.Clock.Advance(TimeSpan.FromMinutes(1));
            var second = await store.AddAsync(Owner, id, ImportCorrection.Of(CorrectionKind.SplitAnswer, longLine), Token);
            var refused = await store.AddAsync(Other, id, ImportCorrection.Of(CorrectionKind.Notes, "Customer complaints"), Token);
            return (first, second, refused);
        });
        var mine = await db.WithAsync((_, _, context) => new CorrectionStore(context, db.Clock).ListAsync(Owner, id, Token));
        var theirs = await db.WithAsync((_, _, context) => new CorrectionStore(context, db.Clock).ListAsync(Other, id, Token));
        await db.WithAsync((_, banks, _) => banks.DeleteAsync(Owner, id, Token));
        var afterDelete = await db.WithAsync((_, _, context) => new CorrectionStore(context, db.Clock).ListAsync(Owner, id, Token));

        Assert.Equal((true, true, false), added);
        Assert.Equal([CorrectionKind.Question, CorrectionKind.SplitAnswer], mine!.Value.Select(c => c.Kind));
        Assert.Equal("Customer complaints", mine.Value[0].Line);
        Assert.Equal(ImportCorrection.KeyOf(longLine), mine.Value[1].Correction.Key);
        Assert.Equal(ImportCorrection.MaxLineLength - 1, mine.Value[1].Line.Length);
        Assert.Null(theirs);
        Assert.Null(afterDelete);
    }
}
