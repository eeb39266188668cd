using StarCoach.Core.Import;
using StarCoach.Data;

namespace StarCoach.Web.Hosting;

/// <summary>The result of an upload or a correction: the bank it created or updated, or the one-line reason it could not.</summary>
public sealed record UploadOutcome(Guid? BankId, string? Error, StoredImport? Import = null)
{
    /// <summary>What import found in a document that gave no questions, for the page to show with what to do.</summary>
    public ImportSummary? NothingFound { get; init; }

    /// <summary>True when the bank named is not the user's (or no longer exists).</summary>
    public bool BankMissing { get; init; }

    public static UploadOutcome Missing { get; } = new(null, "That bank no longer exists; import the file as a new bank.") { BankMissing = true };
}

/// <summary>
/// Turns an uploaded file into a stored bank for the current user, with the same checks as the CLI. The file is kept
/// with the bank, and the user's corrections of earlier imports of it are applied again, so a correction survives
/// re-uploading an edited file of the same name.
/// </summary>
public sealed class BankUploads(BankStore store, CorrectionStore corrections, CurrentUser user, StoryIndexes indexes, Microsoft.Extensions.Options.IOptions<StarCoachOptions> options)
{
    public async Task<UploadOutcome> ImportAsync(IFormFile? file, Guid? intoBankId, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return new UploadOutcome(null, "Choose a non-empty file to import.");
        }

        if (file.Length > BankImporter.MaxFileBytes)
        {
            return new UploadOutcome(null, $"{ControlCharacters.FileName(file.FileName)}: file is over the {BankImporter.MaxFileBytes / (1024 * 1024)} MB limit; split the document and import the parts.");
        }

        using var memory = new MemoryStream((int)file.Length);
        await file.CopyToAsync(memory, cancellationToken);
        return await ImportAsync(file.FileName, memory.ToArray(), intoBankId, cancellationToken);
    }

    public async Task<UploadOutcome> ImportAsync(string fileName, byte[] bytes, Guid? intoBankId, CancellationToken cancellationToken)
    {
        var name = ControlCharacters.FileName(fileName);
        var target = intoBankId ?? await store.SameFileAsync(user.Id, name, cancellationToken);
        IReadOnlyList<ImportCorrection> earlier = [];
        if (target is { } id)
        {
            if (await corrections.ListAsync(user.Id, id, cancellationToken) is not { } stored)
            {
                return UploadOutcome.Missing;
            }

            earlier = [.. stored.Select(c => c.Correction)];
        }

        return await SaveAsync(new ImportSource(name, bytes), target, earlier, added: null, cancellationToken);
    }

    /// <summary>Corrects the import of the line that starts on <paramref name="line"/> of the bank's document and imports it again.</summary>
    public async Task<UploadOutcome> CorrectAsync(Guid bankId, CorrectionKind kind, int line, CancellationToken cancellationToken)
    {
        if (await SourceAsync(bankId, cancellationToken) is not { } source)
        {
            return await NoSourceAsync(bankId, cancellationToken);
        }

        var text = new BankImporter().LineAt(source.FileName, source.Content, line);
        return text is null
            ? new UploadOutcome(null, $"Line {line} of {source.FileName} does not start a question, an answer or a passage; pick a line listed on the import summary.")
            : await CorrectAsync(bankId, source, ImportCorrection.Of(kind, text), cancellationToken);
    }

    /// <summary>Keeps <paramref name="correction"/> with the bank and imports its document again with every correction.</summary>
    public async Task<UploadOutcome> CorrectAsync(Guid bankId, ImportCorrection correction, CancellationToken cancellationToken) =>
        await SourceAsync(bankId, cancellationToken) is { } source
            ? await CorrectAsync(bankId, source, ImportCorrection.Of(correction.Kind, correction.Line), cancellationToken)
            : await NoSourceAsync(bankId, cancellationToken);

    private Task<ImportSource?> SourceAsync(Guid bankId, CancellationToken cancellationToken) => store.SourceAsync(user.Id, bankId, cancellationToken);

    private async Task<UploadOutcome> NoSourceAsync(Guid bankId, CancellationToken cancellationToken) =>
        await store.VersionAsync(user.Id, bankId, cancellationToken) is null
            ? UploadOutcome.Missing
            : new UploadOutcome(null, "This bank was imported before StarCoach kept documents; re-import the file once, then correct it here.");

    private async Task<UploadOutcome> CorrectAsync(Guid bankId, ImportSource source, ImportCorrection correction, CancellationToken cancellationToken)
    {
        var earlier = await corrections.ListAsync(user.Id, bankId, cancellationToken);
        return earlier is null
            ? UploadOutcome.Missing
            : await SaveAsync(source, bankId, [.. earlier.Value.Select(c => c.Correction), correction], correction, cancellationToken);
    }

    private async Task<UploadOutcome> SaveAsync(ImportSource source, Guid? target, IReadOnlyList<ImportCorrection> all, ImportCorrection? added, CancellationToken cancellationToken)
    {
        var result = new BankImporter().Import(source.FileName, source.Content, new ImportCorrections(all));
        if (!result.Succeeded)
        {
            return new UploadOutcome(null, result.Error);
        }

        // A bank without questions has nothing to practise: say what was found instead of storing an empty bank.
        var summary = ImportSummary.Of(result.Bank);
        if (summary.HasNoQuestions)
        {
            var error = added is null
                ? $"{source.FileName}: no questions found."
                : $"With that correction no question is left in {source.FileName}, so the bank was left as it was.";
            return new UploadOutcome(null, error) { NothingFound = summary };
        }

        if (await OverAllowanceAsync(source, target, cancellationToken) is { } refused)
        {
            return new UploadOutcome(null, refused);
        }

        var stored = await store.SaveImportAsync(user.Id, result.Bank, target, source, cancellationToken);
        if (stored is null)
        {
            return UploadOutcome.Missing;
        }

        if (added is not null)
        {
            await corrections.AddAsync(user.Id, stored.BankId, added, cancellationToken);
        }

        indexes.Enqueue(user.Id, stored.BankId);
        return new UploadOutcome(stored.BankId, null, stored);
    }

    // Hosted mode: each user keeps up to an allowance of documents, so one account cannot fill the server's database.
    private async Task<string?> OverAllowanceAsync(ImportSource source, Guid? target, CancellationToken cancellationToken)
    {
        if (!options.Value.IsHosted)
        {
            return null;
        }

        var allowance = options.Value.DocumentMegabytesPerUser * 1024L * 1024;
        var kept = await store.DocumentBytesAsync(user.Id, target, cancellationToken);
        return kept + source.Content.Length <= allowance ? null
            : $"{source.FileName}: your banks already keep {kept / (1024.0 * 1024):0.#} MB of documents, and this one would pass your "
                + $"{options.Value.DocumentMegabytesPerUser} MB allowance; delete a bank you no longer need, then import again.";
    }
}
