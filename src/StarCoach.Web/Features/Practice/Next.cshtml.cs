using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Practice;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>
/// Picks the next story of a session and sends the candidate to it, or to the session's summary once it is done. The
/// session's choices travel in the query string (<see cref="PracticeSession"/>), so "next" works without any
/// server-side session state.
/// </summary>
public sealed class NextModel(PracticeStore practice, CurrentUser user) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, string? mode, string? category, string? competency, bool newOnly, string? done, int? count, CancellationToken cancellationToken)
    {
        var session = PracticeSession.From(mode, category, competency, newOnly, done, count);
        if (!session.TryFilter(out var filter))
        {
            return Redirect($"/banks/{id}/practice?error=filter");
        }

        if (session.IsComplete)
        {
            return Redirect(session.SummaryUrl(id));
        }

        var plan = await practice.PlanAsync(user.Id, id, filter, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (plan.Items.FirstOrDefault() is not { } item)
        {
            return Redirect(session.Done.Count == 0 ? $"/banks/{id}/practice?error=nothing" : session.SummaryUrl(id));
        }

        var query = new Dictionary<string, string?>
        {
            ["answerId"] = item.Answer.Id,
            ["mode"] = PracticeModes.Name(item.Mode),
            ["session"] = session.Query(),
        };
        return Redirect($"/banks/{id}/practice/ask{QueryString.Create(query).ToUriComponent()}");
    }
}
