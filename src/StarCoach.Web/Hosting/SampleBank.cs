using StarCoach.Core.Import;
using StarCoach.Data;

namespace StarCoach.Web.Hosting;

/// <summary>The sample prep document shipped with the app, imported into a new local database.</summary>
internal static class SampleBank
{
    public const string FileName = "sample-prep.txt";

    public static async Task ImportAsync(BankStore store)
    {
        await using var stream = typeof(SampleBank).Assembly.GetManifestResourceStream("StarCoach.Web.sample-prep.txt")
            ?? throw new InvalidOperationException("The sample bank is missing from the build.");
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory);
        var result = new BankImporter().Import(FileName, memory.ToArray());
        if (result.Succeeded)
        {
            await store.SaveImportAsync(StarCoachDb.LocalUserId, result.Bank, source: new ImportSource(FileName, memory.ToArray()));
        }
    }
}
