using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Review;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>One bank: its questions by category with every answer's score and worst findings.</summary>
public sealed class BankModel(BankPresenter presenter, BankStore store, CurrentUser user, BankUploads uploads) : PageModel
{
    public BankPage? View { get; private set; }

    public IReadOnlyList<string> Levels { get; } = Enum.GetValues<TargetLevel>().Select(TargetLevels.Name).ToList();

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await presenter.LoadAsync(id, cancellationToken);
        return View is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostLevelAsync(Guid id, string? level, CancellationToken cancellationToken)
    {
        if (!TargetLevels.TryParse(level, out var parsed))
        {
            return BadRequest();
        }

        if (!await store.SetTargetLevelAsync(user.Id, id, TargetLevels.Name(parsed), cancellationToken))
        {
            return NotFound();
        }

        Message = $"Answers are now reviewed at {TargetLevels.Name(parsed)} level.";
        return Redirect($"/banks/{id}");
    }

    public async Task<IActionResult> OnPostReimportAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await uploads.ImportAsync(file, id, cancellationToken);
        if (outcome.Import is { } import)
        {
            Message = $"Re-imported: {import.AnswersKept} answers kept their history, {import.AnswersAdded} new, {import.AnswersRemoved} removed.";
            return Redirect($"/banks/{id}/import");
        }

        View = await presenter.LoadAsync(id, cancellationToken);
        if (View is null)
        {
            return NotFound();
        }

        Error = outcome.Error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
