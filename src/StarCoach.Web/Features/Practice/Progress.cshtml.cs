using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Competencies;
using StarCoach.Core.Practice.Progress;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>Scores over time per dimension and competency, practice per day, stories never practised, time over budget.</summary>
public sealed class ProgressModel(PracticeStore practice, CurrentUser user) : PageModel
{
    public Guid BankId { get; private set; }

    public string BankName { get; private set; } = string.Empty;

    public ProgressReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? framework, CancellationToken cancellationToken)
    {
        var bank = await practice.LoadAsync(user.Id, id, cancellationToken);
        var chosen = CompetencyFrameworks.Find(framework ?? CompetencyFrameworks.DefaultId)?.Id ?? CompetencyFrameworks.DefaultId;
        Report = await practice.ProgressAsync(user.Id, id, chosen, cancellationToken);
        if (bank is null || Report is null)
        {
            return NotFound();
        }

        BankId = id;
        BankName = bank.Name;
        return Page();
    }
}
