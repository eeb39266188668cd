using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Practice;
using StarCoach.Core.Review;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>One bank: today's plan, then its questions by category with every answer's score and worst findings.</summary>
public sealed class BankModel(BankPresenter presenter, BankStore store, PracticeStore practice, CurrentUser user, BankUploads uploads) : PageModel
{
    public BankPage? View { get; private set; }

    /// <summary>Stories due, days to the interview and the most valuable fixes; null for a bank with no questions.</summary>
    public TodayPlan? Today { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        View = await presenter.LoadAsync(id, cancellationToken);
        if (View is null)
        {
            return false;
        }

        if (!View.Bank.Questions.IsEmpty && await practice.ScheduleAsync(user.Id, id, cancellationToken) is { } schedule)
        {
            Today = TodayPlan.Of(schedule, View.Answers.Where(a => a.FollowUp is null).Select(a => a.Review));
        }

        return true;
    }

    public async Task<IActionResult> OnPostLevelAsync(Guid id, string? level, CancellationToken cancellationToken)
    {
        // The spelling chosen is kept ("IC5"), so the menu shows it again; reviews read the level it stands for.
        if (TargetLevels.Choice(level) is not { } choice)
        {
            return BadRequest();
        }

        if (!await store.SetTargetLevelAsync(user.Id, id, choice, cancellationToken))
        {
            return NotFound();
        }

        Message = $"Answers are now reviewed at {TargetLevels.Describe(choice)} level.";
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

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Error = outcome.Error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
