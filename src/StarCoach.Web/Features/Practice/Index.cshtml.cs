using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Practice;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>The practice home of a bank: what is due, session filters, the interview date.</summary>
public sealed class IndexModel(PracticeStore practice, CurrentUser user) : PageModel
{
    public PracticeBank? Bank { get; private set; }

    public PracticeSchedule? Schedule { get; private set; }

    public IReadOnlyList<string> Categories { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? error, CancellationToken cancellationToken)
    {
        Bank = await practice.LoadAsync(user.Id, id, cancellationToken);
        Schedule = await practice.ScheduleAsync(user.Id, id, cancellationToken);
        if (Bank is null || Schedule is null)
        {
            return NotFound();
        }

        Categories = PracticePlanner.Categories(Bank.Bank);
        Error = error switch
        {
            "nothing" => "Nothing matches that choice right now. Pick another filter, or practise anything from the schedule below.",
            "filter" => "That filter could not be read; pick it again from the lists.",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostInterviewAsync(Guid id, string? interview, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(interview))
        {
            if (!DateOnly.TryParseExact(interview, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return BadRequest();
            }

            date = parsed;
        }

        if (!await practice.SetInterviewDateAsync(user.Id, id, date, cancellationToken))
        {
            return NotFound();
        }

        Message = date is null ? "Interview date cleared." : "Interview date saved; the schedule makes every story fresh for it.";
        return Redirect($"/banks/{id}/practice");
    }
}
