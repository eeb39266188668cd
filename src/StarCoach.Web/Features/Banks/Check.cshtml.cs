using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Consistency;
using StarCoach.Core.Import;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Banks;

/// <summary>The consistency report of a bank, optionally against an uploaded résumé (read, checked, not stored).</summary>
public sealed class CheckModel(BankPresenter presenter, TimeProvider time) : PageModel
{
    public BankPage? Bank { get; private set; }

    public ConsistencyReport? Report { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Bank = await presenter.LoadAsync(id, cancellationToken);
        if (Bank is null)
        {
            return NotFound();
        }

        Report = ConsistencyChecker.Check(Bank.Bank);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, IFormFile? resume, CancellationToken cancellationToken)
    {
        Bank = await presenter.LoadAsync(id, cancellationToken);
        if (Bank is null)
        {
            return NotFound();
        }

        Resume? read = null;
        if (resume is null || resume.Length == 0)
        {
            Error = "Choose a non-empty résumé file.";
        }
        else if (resume.Length > BankImporter.MaxFileBytes)
        {
            Error = $"{Path.GetFileName(resume.FileName)}: file is over the {BankImporter.MaxFileBytes / (1024 * 1024)} MB limit.";
        }
        else
        {
            using var memory = new MemoryStream((int)resume.Length);
            await resume.CopyToAsync(memory, cancellationToken);
            var result = new ResumeReader(time).Read(Path.GetFileName(resume.FileName), memory.ToArray());
            read = result.Resume;
            Error = result.Error;
        }

        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Report = ConsistencyChecker.Check(Bank.Bank, read);
        return Page();
    }
}
