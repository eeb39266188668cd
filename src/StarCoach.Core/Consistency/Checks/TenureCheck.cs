using System.Globalization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency.Checks;

/// <summary>
/// <c>tenure.mismatch</c>: the time a story gives at an employer (or a whole career, "over 15 years of
/// experience") disagrees with the résumé's dates.
/// </summary>
internal sealed class TenureCheck : IConsistencyCheck
{
    /// <summary>Differences up to this many months are rounding ("8 months" for Mar–Oct), not contradictions.</summary>
    private const double ToleranceMonths = 2;

    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        if (context.Resume is not { } resume)
        {
            yield break;
        }

        foreach (var claim in context.Reading.Claims.Where(c => c.Kind == ClaimKind.Tenure && c.Value is not null))
        {
            if (claim.Employer is { } employer)
            {
                if (resume.JobAt(employer) is { Entry.Months: { } months } job && !Fits(claim.Value!, months))
                {
                    yield return Finding(context, claim, $"your résumé dates give {Months(months)} at {employer} ({job.Entry.Employer})", resume.LocationOf(job.Entry), employer);
                }
            }
            else if (Career(resume) is { } career && claim.Value!.Low > career.Months + 12)
            {
                yield return Finding(context, claim, $"the jobs on your résumé span {Months(career.Months)}", career.Location, null);
            }
        }
    }

    private static ConsistencyFinding Finding(CheckContext context, Claim claim, string other, ClaimLocation where, string? employer) =>
        new(
            FindingKinds.TenureMismatch,
            DiagnosticSeverity.Warning,
            $"“{claim.Text}” in {context.Describe(claim.Location)}, but {other}.",
            "Make the stories and the résumé give the same time; interviewers check dates against the résumé first.",
            claim.Subject,
            employer,
            [claim.Location, where]);

    private static bool Fits(ClaimValue stated, int months) => months >= stated.Low - ToleranceMonths && months <= stated.High + ToleranceMonths;

    private static (int Months, ClaimLocation Location)? Career(ResumeReading resume)
    {
        var dated = resume.Jobs.Where(j => j.Entry.Start is not null).ToList();
        if (dated.Count == 0)
        {
            return null;
        }

        var first = dated.MinBy(j => j.Entry.Start)!;
        var months = dated.Sum(j => j.Entry.Months ?? 0);
        return (months, resume.LocationOf(first.Entry));
    }

    private static string Months(int months) =>
        months >= 24 ? $"about {(months / 12.0).ToString("0.#", CultureInfo.InvariantCulture)} years" : $"{months} months";
}
