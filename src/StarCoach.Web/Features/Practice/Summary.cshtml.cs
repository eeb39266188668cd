using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Practice;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>The end of a session: each story told, its grade, and when it comes back.</summary>
public sealed class SummaryModel(PracticeStore practice, CurrentUser user) : PageModel
{
    public Guid BankId { get; private set; }

    public string BankName { get; private set; } = string.Empty;

    public SessionSummary? Summary { get; private set; }

    /// <summary>A new session with the same choices.</summary>
    public string AgainUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, string? mode, string? category, string? competency, bool newOnly, string? done, int? count, CancellationToken cancellationToken)
    {
        var session = PracticeSession.From(mode, category, competency, newOnly, done, count);
        var bank = await practice.LoadAsync(user.Id, id, cancellationToken);
        var schedule = await practice.ScheduleAsync(user.Id, id, cancellationToken);
        if (bank is null || schedule is null)
        {
            return NotFound();
        }

        var told = session.Done.ToHashSet(StringComparer.Ordinal);
        var history = await practice.HistoryAsync(user.Id, id, cancellationToken: cancellationToken);
        Summary = SessionSummary.Build(schedule, history.Where(a => told.Contains(a.AnswerId)));
        BankId = id;
        BankName = bank.Name;
        AgainUrl = (session with { Done = [] }).NextUrl(id);
        return Page();
    }
}
