using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency;

/// <summary>What <see cref="ConsistencyChecker"/> found: findings first, then every claim it read.</summary>
/// <param name="SchemaVersion">Version of the report JSON; <see cref="CurrentSchemaVersion"/>.</param>
/// <param name="Bank">The bank's source file name.</param>
/// <param name="Resume">The résumé's file name, when one was checked.</param>
/// <param name="Findings">Ordered by severity (errors first), then by where they point in the bank.</param>
/// <param name="Claims">Every claim read from the bank and the résumé.</param>
public sealed record ConsistencyReport(int SchemaVersion, string Bank, string? Resume, ImmutableArray<ConsistencyFinding> Findings, ImmutableArray<Claim> Claims)
{
    /// <summary>The report JSON version this build writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>How many findings of each severity, and how many claims were read.</summary>
    public ConsistencySummary Summary => new(Count(DiagnosticSeverity.Error), Count(DiagnosticSeverity.Warning), Count(DiagnosticSeverity.Info), Claims.Length);

    /// <summary>Number of findings of <paramref name="severity"/>.</summary>
    public int Count(DiagnosticSeverity severity) => Findings.Count(f => f.Severity == severity);
}

/// <summary>Counts for a report's headline.</summary>
public sealed record ConsistencySummary(int Errors, int Warnings, int Info, int Claims);

/// <summary>Something an interviewer could challenge, with the places that disagree and what to reconcile.</summary>
/// <param name="Kind">Stable id of the check (<see cref="FindingKinds"/>), e.g. <c>figure.contradiction</c>.</param>
/// <param name="Severity">How likely an interviewer is to catch it.</param>
/// <param name="Message">What is inconsistent, in one or two sentences.</param>
/// <param name="Reconcile">What to change or prepare so the stories agree.</param>
/// <param name="Subject">The metric, employer, role or project concerned.</param>
/// <param name="Employer">The employer concerned, if any.</param>
/// <param name="Spans">The places involved, with excerpts: usually two, more for a load finding.</param>
public sealed record ConsistencyFinding(
    string Kind,
    DiagnosticSeverity Severity,
    string Message,
    string Reconcile,
    string? Subject,
    string? Employer,
    ImmutableArray<ClaimLocation> Spans);

/// <summary>The stable ids of consistency findings.</summary>
public static class FindingKinds
{
    /// <summary>Two stories (or a story and the résumé) give different figures for the same metric at the same employer.</summary>
    public const string FigureContradiction = "figure.contradiction";

    /// <summary>The same story, told in two variants (full and compressed, or twice), with different numbers.</summary>
    public const string VariantMismatch = "story.variant-mismatch";

    /// <summary>More large projects at one employer than the tenure stated there makes believable.</summary>
    public const string ImplausibleLoad = "load.implausible";

    /// <summary>A stated tenure disagrees with another statement or with the résumé's dates.</summary>
    public const string TenureMismatch = "tenure.mismatch";

    /// <summary>A story happens at an employer the résumé does not list.</summary>
    public const string EmployerNotInResume = "resume.employer-missing";

    /// <summary>A story claims a role or title the résumé does not show.</summary>
    public const string RoleNotInResume = "resume.role-missing";

    /// <summary>A story's project is not mentioned under its employer in the résumé.</summary>
    public const string ProjectNotInResume = "resume.project-missing";

    /// <summary>A figure on the résumé that no story backs up.</summary>
    public const string ResumeClaimUnsupported = "resume.claim-unsupported";

    /// <summary>The résumé was read but no jobs could be found in it.</summary>
    public const string ResumeWithoutJobs = "resume.no-jobs";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [FigureContradiction] = "Figures that disagree",
        [VariantMismatch] = "One story, different numbers",
        [ImplausibleLoad] = "Too much for the time there",
        [TenureMismatch] = "Time there does not add up",
        [EmployerNotInResume] = "Employer not on your résumé",
        [RoleNotInResume] = "Role not on your résumé",
        [ProjectNotInResume] = "Project not on your résumé",
        [ResumeClaimUnsupported] = "Résumé figure no story backs",
        [ResumeWithoutJobs] = "No jobs found in the résumé",
    };

    /// <summary>What the candidate reads for <paramref name="kind"/> ("Figures that disagree"); the id for an unknown one.</summary>
    public static string Name(string kind) => Names.GetValueOrDefault(kind, kind);
}
