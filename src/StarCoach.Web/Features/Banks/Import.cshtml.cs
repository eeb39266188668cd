using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Data;
using StarCoach.Data.Entities;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>
/// What import found in a bank's document: counts, the items read from layout alone first, the text kept aside, and a
/// form per item to correct the import. Shown after every upload.
/// </summary>
public sealed class ImportModel(BankStore store, CorrectionStore corrections, CurrentUser user, BankUploads uploads) : PageModel
{
    public StoredBank? Stored { get; private set; }

    public Bank? Bank { get; private set; }

    public ImportSummary? Summary { get; private set; }

    public ImmutableArray<StoredImportCorrection> Corrections { get; private set; } = [];

    /// <summary>False for a bank imported before documents were kept: it cannot be corrected until it is re-imported.</summary>
    public bool CanCorrect { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, string? kind, int? line, CancellationToken cancellationToken)
    {
        UploadOutcome outcome;
        if (!ImportCorrection.TryParseKind(kind, out var parsed))
        {
            outcome = new UploadOutcome(null, $"Pick what the line is: {ImportCorrection.Kinds}.");
        }
        else if (line is not ( > 0 and var number))
        {
            outcome = new UploadOutcome(null, "Give the number of the line to correct (1 or more).");
        }
        else
        {
            outcome = await uploads.CorrectAsync(id, parsed, number, cancellationToken);
        }

        if (outcome.BankMissing)
        {
            return NotFound();
        }

        if (outcome.BankId is not null)
        {
            Message = $"Line {line} {Describe(parsed)}; the document was imported again with your corrections.";
            return Redirect($"/banks/{id}/import");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = outcome.Error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>What a correction says about its line, after "Line 12".</summary>
    public static string Describe(CorrectionKind kind) => kind switch
    {
        CorrectionKind.Question => "is a question",
        CorrectionKind.NotQuestion => "is not a question",
        CorrectionKind.SplitAnswer => "starts a new answer",
        CorrectionKind.MergeAnswer => "carries on the answer before it",
        _ => "is a note",
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Stored = await store.ReadAsync(user.Id, id, cancellationToken);
        if (Stored is null)
        {
            return false;
        }

        Bank = BankStore.ToDomain(Stored);
        Summary = ImportSummary.Of(Bank);
        Corrections = await corrections.ListAsync(user.Id, id, cancellationToken) ?? [];
        CanCorrect = await store.HasSourceAsync(id, cancellationToken);
        return true;
    }
}
