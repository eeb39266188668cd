using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Competencies;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>The story × competency heat map, gaps, over-used stories and suggestions for one framework.</summary>
public sealed class CoverageModel(BankInsights insights) : PageModel
{
    public CoveragePage? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? framework, CancellationToken cancellationToken)
    {
        var chosen = CompetencyFrameworks.Find(framework ?? CompetencyFrameworks.DefaultId)?.Id ?? CompetencyFrameworks.DefaultId;
        View = await insights.CoverageAsync(id, chosen, cancellationToken);
        return View is null ? NotFound() : Page();
    }
}
