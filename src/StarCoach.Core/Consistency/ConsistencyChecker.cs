using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Consistency.Checks;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Catches what an interviewer would: figures that contradict each other across stories, one story told with
/// different numbers, more projects at an employer than the tenure there allows, and — with a résumé —
/// employers, roles and projects the résumé does not show and résumé figures no story backs.
/// </summary>
public static class ConsistencyChecker
{
    private static readonly IConsistencyCheck[] Checks =
    [
        new FigureContradictionCheck(),
        new VariantMismatchCheck(),
        new ImplausibleLoadCheck(),
        new TenureCheck(),
        new EmployerNotInResumeCheck(),
        new ProjectNotInResumeCheck(),
        new RoleNotInResumeCheck(),
        new UnsupportedResumeClaimCheck(),
        new ResumeWithoutJobsCheck(),
    ];

    /// <summary>Checks <paramref name="bank"/>, and against <paramref name="resume"/> when one is given.</summary>
    public static ConsistencyReport Check(Bank bank, Resume? resume = null)
    {
        var reading = ClaimExtractor.Read(bank, resume?.Entries.Select(e => e.Employer) ?? []);
        var resumeReading = resume is null ? null : ReadResume(resume, reading.Employers);
        var context = new CheckContext(bank, reading, resumeReading);
        var findings = Checks
            .SelectMany((check, index) => check.Run(context).Select(f => (Finding: f, Check: index)))
            .OrderByDescending(f => f.Finding.Severity)
            .ThenBy(f => f.Check)
            .ThenBy(f => f.Finding.Spans.IsEmpty ? 0 : f.Finding.Spans[0].Line)
            .Select(f => f.Finding)
            .ToImmutableArray();
        return new ConsistencyReport(ConsistencyReport.CurrentSchemaVersion, bank.Source, resume?.Source, findings, [.. context.AllClaims]);
    }

    private static ResumeReading ReadResume(Resume resume, EmployerDirectory directory)
    {
        var claims = new List<Claim>();
        var jobs = resume.Entries
            .Select(e => (Entry: e, Employer: directory.Resolve(e.Employer), Text: string.Join('\n', resume.Lines.Skip(e.StartLine - 1).Take(e.EndLine - e.StartLine + 1))))
            .ToList();
        for (var i = 0; i < resume.Lines.Length; i++)
        {
            var line = i + 1;
            var job = jobs.FirstOrDefault(j => j.Entry.StartLine <= line && line <= j.Entry.EndLine);
            var context = new PassageContext(ClaimSource.Resume, null, null, line, job.Employer);
            claims.AddRange(ClaimExtractor.ReadPassage(resume.Lines[i], context, directory).Where(c => c.Kind is not (ClaimKind.Employer or ClaimKind.Role)));
        }

        return new ResumeReading(resume, claims, jobs);
    }
}
