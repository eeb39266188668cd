using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>Asks before deleting a bank: a page of its own, so the confirmation works without JavaScript.</summary>
public sealed class DeleteModel(BankStore store, CurrentUser user) : PageModel
{
    public BankSummary? Bank { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Bank = (await store.ListAsync(user.Id, cancellationToken)).FirstOrDefault(b => b.Id == id);
        return Bank is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await store.DeleteAsync(user.Id, id, cancellationToken) ? Redirect("/") : NotFound();
}
