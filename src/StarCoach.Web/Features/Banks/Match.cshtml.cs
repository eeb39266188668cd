using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Matching;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>The match box: ranked stories for a new question, and why each fits.</summary>
public sealed class MatchModel(BankPresenter presenter, StoryIndexes indexes, CurrentUser user) : PageModel
{
    /// <summary>Longest question accepted.</summary>
    public const int MaxQuestionChars = 600;

    public BankPage? Bank { get; private set; }

    public string? Question { get; private set; }

    public int Top { get; private set; } = 5;

    public IndexStatus? Status { get; private set; }

    public ImmutableArray<StoryMatch>? Matches { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? q, int? top, CancellationToken cancellationToken)
    {
        Bank = await presenter.LoadAsync(id, cancellationToken);
        if (Bank is null)
        {
            return NotFound();
        }

        Top = MatchLimits.Top(top);
        Question = q?.Trim();
        if (string.IsNullOrEmpty(Question))
        {
            return Page();
        }

        if (Question.Length > MaxQuestionChars)
        {
            Question = Question[..MaxQuestionChars];
        }

        var found = await indexes.GetAsync(user.Id, id, cancellationToken);
        if (found is not { } result)
        {
            return NotFound();
        }

        Status = result.Status;
        if (result.Index is { } index)
        {
            Matches = index.Match(Question, Top, cancellationToken);
        }

        return Page();
    }
}
