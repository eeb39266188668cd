using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>The list of the user's banks and the upload form.</summary>
public sealed class IndexModel(BankStore store, CurrentUser user, BankUploads uploads) : PageModel
{
    public IReadOnlyList<BankSummary> Banks { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Banks = await store.ListAsync(user.Id, cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await uploads.ImportAsync(file, intoBankId: null, cancellationToken);
        if (outcome.BankId is { } id)
        {
            return Redirect($"/banks/{id}");
        }

        Error = outcome.Error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Banks = await store.ListAsync(user.Id, cancellationToken);
        return Page();
    }
}
