using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>One answer with its findings highlighted in place, the rubric, part coverage and an editor.</summary>
public sealed class AnswerModel(BankPresenter presenter, BankStore store, CurrentUser user) : PageModel
{
    /// <summary>Longest answer text accepted from the editor.</summary>
    public const int MaxEditChars = 100_000;

    public BankPage? View { get; private set; }

    public ReviewedAnswer? Reviewed { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string answerId, CancellationToken cancellationToken)
    {
        View = await presenter.LoadAsync(id, cancellationToken);
        Reviewed = View?.Find(answerId);
        return Reviewed is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string answerId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxEditChars)
        {
            return BadRequest();
        }

        var updated = await store.UpdateAnswerTextAsync(user.Id, id, answerId, text, cancellationToken);
        if (updated is null)
        {
            return NotFound();
        }

        Message = "Saved. The review below is for the new text.";
        return Redirect($"/banks/{id}/answers/{Uri.EscapeDataString(answerId)}");
    }
}
