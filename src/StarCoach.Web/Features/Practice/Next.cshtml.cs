using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Practice;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>
/// Picks the next story of a session and sends the candidate to it. The session's choices travel in the query string
/// (with the stories already done this session), so "next" works without any server-side session state.
/// </summary>
public sealed class NextModel(PracticeStore practice, CurrentUser user) : PageModel
{
    /// <summary>Most stories one session remembers as done (beyond that, the schedule itself has moved them on).</summary>
    public const int MaxDone = 50;

    public async Task<IActionResult> OnGetAsync(Guid id, string? mode, string? category, string? competency, bool newOnly, string? done, CancellationToken cancellationToken)
    {
        PracticeMode? chosenMode = null;
        if (!string.IsNullOrEmpty(mode))
        {
            if (!PracticeModes.TryParse(mode, out var parsed))
            {
                return Redirect($"/banks/{id}/practice?error=filter");
            }

            chosenMode = parsed;
        }

        CompetencyRef? chosenCompetency = null;
        if (!string.IsNullOrEmpty(competency) && !CompetencyRef.TryParse(competency, out chosenCompetency, out _))
        {
            return Redirect($"/banks/{id}/practice?error=filter");
        }

        var skip = (done ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(MaxDone).ToHashSet(StringComparer.Ordinal);
        var filter = new PracticeFilter
        {
            Category = string.IsNullOrEmpty(category) ? null : category,
            Competency = chosenCompetency,
            NewOnly = newOnly,
            Mode = chosenMode,
            Count = skip.Count + 1,
        };
        var plan = await practice.PlanAsync(user.Id, id, filter, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var item = plan.Items.FirstOrDefault(i => !skip.Contains(i.Answer.Id));
        if (item is null)
        {
            return Redirect(skip.Count == 0 ? $"/banks/{id}/practice?error=nothing" : $"/banks/{id}/practice");
        }

        var session = new Dictionary<string, string?>
        {
            ["answerId"] = item.Answer.Id,
            ["mode"] = PracticeModes.Name(item.Mode),
            ["session"] = SessionQuery(mode, category, competency, newOnly, skip),
        };
        return Redirect($"/banks/{id}/practice/ask{QueryString.Create(session).ToUriComponent()}");
    }

    /// <summary>The query of the next "next" once <paramref name="answerId"/> is done: the session's choices plus it.</summary>
    internal static string After(string? session, string answerId)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(session);
        string? Get(string key) => query.TryGetValue(key, out var value) ? value.ToString() : null;
        var done = (Get("done") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Append(answerId).Distinct().TakeLast(MaxDone);
        return SessionQuery(Get("mode"), Get("category"), Get("competency"), Get("newOnly") == "true", done);
    }

    /// <summary>The session's choices, kept to ask for the next story after this one.</summary>
    internal static string SessionQuery(string? mode, string? category, string? competency, bool newOnly, IEnumerable<string> done) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["mode"] = mode,
            ["category"] = category,
            ["competency"] = competency,
            ["newOnly"] = newOnly ? "true" : null,
            ["done"] = string.Join(',', done),
        }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent();
}
