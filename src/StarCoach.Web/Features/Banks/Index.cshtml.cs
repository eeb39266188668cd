using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Import;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>The list of the user's banks and the upload form.</summary>
public sealed class IndexModel(BankStore store, CurrentUser user, BankUploads uploads) : PageModel
{
    public IReadOnlyList<BankSummary> Banks { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>What an uploaded document held when it gave no questions (no bank was made of it).</summary>
    public ImportSummary? NothingFound { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Banks = await store.ListAsync(user.Id, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await uploads.ImportAsync(file, intoBankId: null, cancellationToken);
        if (outcome.BankId is { } id)
        {
            return Redirect($"/banks/{id}/import");
        }

        Error = outcome.Error;
        NothingFound = outcome.NothingFound;
        Response.StatusCode = NothingFound is null ? StatusCodes.Status400BadRequest : StatusCodes.Status422UnprocessableEntity;
        Banks = await store.ListAsync(user.Id, cancellationToken);
        return Page();
    }
}
