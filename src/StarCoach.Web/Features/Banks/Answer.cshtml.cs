using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Review;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>One answer with its findings highlighted in place, the rubric, part coverage and an editor.</summary>
public sealed class AnswerModel(BankPresenter presenter, BankStore store, CurrentUser user, BankInsights insights, TagOverrideStore tagStore) : PageModel
{
    /// <summary>Longest answer text accepted from the editor.</summary>
    public const int MaxEditChars = AnswerReviewer.MaxTypedChars;

    public BankPage? View { get; private set; }

    public ReviewedAnswer? Reviewed { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>The framework whose competencies are shown for this answer.</summary>
    public CompetencyFramework Framework { get; private set; } = CompetencyFrameworks.Get(CompetencyFrameworks.DefaultId);

    /// <summary>The answer's competencies in <see cref="Framework"/>, the user's changes applied.</summary>
    public IReadOnlyList<CompetencyMatch> Tags { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, string answerId, string? framework, CancellationToken cancellationToken)
    {
        View = await presenter.LoadAsync(id, cancellationToken);
        Reviewed = View?.Find(answerId);
        if (Reviewed is null)
        {
            return NotFound();
        }

        Framework = CompetencyFrameworks.Find(framework ?? CompetencyFrameworks.DefaultId) ?? Framework;
        var tags = await insights.TagsAsync(id, cancellationToken);
        Tags = tags?.ForAnswer(answerId).Where(t => t.Framework == Framework.Id).ToList() ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostTagAsync(Guid id, string answerId, string framework, string competency, string change, CancellationToken cancellationToken)
    {
        if (CompetencyFrameworks.Find(framework)?.Find(competency) is null || change is not ("add" or "remove" or "reset"))
        {
            return BadRequest();
        }

        var done = change == "reset"
            ? await tagStore.ResetAsync(user.Id, id, answerId, framework, competency, cancellationToken)
            : await tagStore.SetAsync(user.Id, id, answerId, framework, competency, add: change == "add", cancellationToken);
        if (!done)
        {
            return NotFound();
        }

        Message = change == "add" ? "Tag added; coverage counts it now." : change == "remove" ? "Tag removed; coverage ignores it now." : "Tag back to automatic.";
        return Redirect($"/banks/{id}/answers/{Uri.EscapeDataString(answerId)}?framework={Uri.EscapeDataString(framework)}#competencies");
    }

    /// <summary>Names the story (a blank title goes back to the one derived from the story).</summary>
    public async Task<IActionResult> OnPostTitleAsync(Guid id, string answerId, string? title, CancellationToken cancellationToken)
    {
        if (title is { Length: > StoryTitle.MaxLength * 2 })
        {
            return BadRequest();
        }

        var updated = await store.SetAnswerTitleAsync(user.Id, id, answerId, title, cancellationToken);
        if (updated is null)
        {
            return NotFound();
        }

        Message = updated.Title is null ? "Title taken from the story again." : "Title saved; practice, progress and match show it.";
        return Redirect($"/banks/{id}/answers/{Uri.EscapeDataString(answerId)}");
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
