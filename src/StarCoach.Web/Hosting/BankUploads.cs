using StarCoach.Core.Import;
using StarCoach.Data;

namespace StarCoach.Web.Hosting;

/// <summary>The result of an upload: the bank it created or updated, or the one-line reason it could not.</summary>
public sealed record UploadOutcome(Guid? BankId, string? Error, StoredImport? Import = null);

/// <summary>Turns an uploaded file into a stored bank for the current user, with the same checks as the CLI.</summary>
public sealed class BankUploads(BankStore store, CurrentUser user, StoryIndexes indexes)
{
    public async Task<UploadOutcome> ImportAsync(IFormFile? file, Guid? intoBankId, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return new UploadOutcome(null, "Choose a non-empty file to import.");
        }

        if (file.Length > BankImporter.MaxFileBytes)
        {
            return new UploadOutcome(null, $"{Path.GetFileName(file.FileName)}: file is over the {BankImporter.MaxFileBytes / (1024 * 1024)} MB limit; split the document and import the parts.");
        }

        using var memory = new MemoryStream((int)file.Length);
        await file.CopyToAsync(memory, cancellationToken);
        return await ImportAsync(Path.GetFileName(file.FileName), memory.ToArray(), intoBankId, cancellationToken);
    }

    public async Task<UploadOutcome> ImportAsync(string fileName, byte[] bytes, Guid? intoBankId, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(fileName) ? "upload.txt" : Path.GetFileName(fileName);
        var result = new BankImporter().Import(name, bytes);
        if (!result.Succeeded)
        {
            return new UploadOutcome(null, result.Error);
        }

        var stored = await store.SaveImportAsync(user.Id, result.Bank, intoBankId, cancellationToken);
        if (stored is not null)
        {
            indexes.Enqueue(user.Id, stored.BankId);
        }

        return stored is null
            ? new UploadOutcome(null, "That bank no longer exists; import the file as a new bank.")
            : new UploadOutcome(stored.BankId, null, stored);
    }
}
