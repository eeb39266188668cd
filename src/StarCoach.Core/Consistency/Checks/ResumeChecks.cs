using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Consistency.Checks;

/// <summary>
/// <c>resume.employer-missing</c>: a story happens at an employer the résumé does not list — the first thing
/// an interviewer with the résumé in hand will ask about.
/// </summary>
internal sealed class EmployerNotInResumeCheck : IConsistencyCheck
{
    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        if (context.Resume is not { Jobs.Count: > 0 } resume)
        {
            yield break;
        }

        foreach (var group in context.Reading.Claims.Where(c => c.Kind == ClaimKind.Employer).GroupBy(c => c.Employer!, StringComparer.Ordinal))
        {
            if (resume.JobAt(group.Key) is not null)
            {
                continue;
            }

            var stories = group.Select(c => c.Location.AnswerId).Distinct().Count();
            yield return new ConsistencyFinding(
                FindingKinds.EmployerNotInResume,
                DiagnosticSeverity.Warning,
                $"{stories} {(stories == 1 ? "story happens" : "stories happen")} at {group.Key} (first in {context.Describe(group.First().Location)}), but your résumé does not list {group.Key}.",
                $"Add {group.Key} to the résumé with dates and title, or move these stories to an employer the résumé shows.",
                group.Key,
                group.Key,
                [group.First().Location, resume.JobsLocation()]);
        }
    }
}

/// <summary><c>resume.role-missing</c>: a story claims a role or title ("engineering manager", "IC6") the résumé does not show.</summary>
internal sealed class RoleNotInResumeCheck : IConsistencyCheck
{
    private static readonly HashSet<string> TooGeneric = new(StringComparer.Ordinal) { "lead", "manager", "engineer", "owner", "developer", "analyst", "consultant", "director" };

    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        if (context.Resume is not { } resume)
        {
            yield break;
        }

        var text = CareerMentions.NormaliseRole(resume.AllText);
        foreach (var group in context.Reading.Claims.Where(c => c.Kind == ClaimKind.Role && !TooGeneric.Contains(c.Subject)).GroupBy(c => c.Subject, StringComparer.Ordinal))
        {
            if (text.Contains(group.Key, StringComparison.Ordinal))
            {
                continue;
            }

            var first = group.First();
            var at = first.Employer is null ? string.Empty : $" at {first.Employer}";
            yield return new ConsistencyFinding(
                FindingKinds.RoleNotInResume,
                DiagnosticSeverity.Info,
                $"You describe yourself as “{first.Text}”{at} in {context.Describe(first.Location)}, but your résumé never says “{first.Text}”.",
                "Use the title your résumé shows, or add the role to the résumé if you held it; interviewers compare the two.",
                group.Key,
                first.Employer,
                [first.Location, resume.JobsLocation()]);
        }
    }
}

/// <summary>
/// <c>resume.project-missing</c>: projects told at an employer that the résumé does not mention under that
/// employer — the seed's "This is a great project but I do not see it in the attached resume... why?". One
/// finding per employer, citing the résumé's entry and each story. A project counts as mentioned when the
/// résumé names a product or tool from its name, or most of its name's words. Only stories that name their
/// project ("a project to …", "leading the development of …", a quoted name) are checked.
/// </summary>
internal sealed class ProjectNotInResumeCheck : IConsistencyCheck
{
    private const double TitleWordsNeeded = 0.5;
    private const int MaxStoriesCited = 10;

    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        if (context.Resume is not { Jobs.Count: > 0 } resume)
        {
            yield break;
        }

        var missing = context.Reading.Stories
            .Where(s => s.Employer is not null && s.HasProjectName && s.TitleTerms.Length > 0 && s.Answer.Kind is not (AnswerKind.Pitch or AnswerKind.Compressed))
            .Select(s => (Story: s, Job: resume.JobAt(s.Employer!)))
            .Where(s => s.Job is { } job && !Mentioned(s.Story, job.Text))
            .GroupBy(s => s.Story.Employer!, StringComparer.Ordinal);
        foreach (var group in missing)
        {
            var stories = group.GroupBy(s => context.StoryGroup(s.Story.Answer.Id)).Select(g => g.First().Story).ToList();
            var entry = group.First().Job!.Value.Entry;
            var titles = string.Join("; ", stories.Take(MaxStoriesCited).Select(s => $"“{s.Title}” ({context.Describe(s.Location)})"));
            var count = stories.Count == 1 ? "One project" : $"{stories.Count} projects";
            yield return new ConsistencyFinding(
                FindingKinds.ProjectNotInResume,
                DiagnosticSeverity.Warning,
                $"{count} you tell at {group.Key} {(stories.Count == 1 ? "is" : "are")} not on your résumé under {entry.Employer}: {titles}. Expect “This is a great project, but I do not see it in your résumé — why?”.",
                "Add a résumé bullet for the projects you lead with, or prepare a one-line reason each is not listed (confidential, part of a larger programme) and tie it to a bullet that is.",
                stories.Count == 1 ? stories[0].Title : group.Key,
                group.Key,
                [resume.LocationOf(entry), .. stories.Take(MaxStoriesCited).Select(s => s.Location)]);
        }
    }

    private static bool Mentioned(Story story, string resumeText)
    {
        var words = WordTokenizer.Words(resumeText).Select(w => MetricSubject.Singular(w.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        var found = story.TitleTerms.Count(t => words.Contains(MetricSubject.Singular(t)));
        var named = story.TitleTerms.Any(t => story.NamedTerms.Contains(t));
        return named ? found > 0 : found >= Math.Ceiling(story.TitleTerms.Length * TitleWordsNeeded);
    }
}

/// <summary><c>resume.claim-unsupported</c>: a figure on the résumé that no story backs, so the interviewer's "tell me about that" finds you unprepared.</summary>
internal sealed class UnsupportedResumeClaimCheck : IConsistencyCheck
{
    private static readonly HashSet<ClaimKind> Kinds = [ClaimKind.Percentage, ClaimKind.Multiple, ClaimKind.Money, ClaimKind.Change, ClaimKind.TeamSize];

    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        if (context.Resume is not { } resume)
        {
            yield break;
        }

        var bank = context.Reading.Claims.Where(c => c.Value is not null).ToList();
        foreach (var claim in resume.Claims.Where(c => Kinds.Contains(c.Kind) && c.IsConfident && c.Value is not null))
        {
            if (bank.Any(b => b.Value!.Unit == claim.Value!.Unit && MetricSubject.Same(b.Subject, claim.Subject) && (b.Employer is null || claim.Employer is null || b.Employer == claim.Employer)))
            {
                continue;
            }

            yield return new ConsistencyFinding(
                FindingKinds.ResumeClaimUnsupported,
                DiagnosticSeverity.Info,
                $"Your résumé claims “{claim.Text}” (line {claim.Location.Line}), but no story in the bank tells how you did it.",
                "Prepare a STAR story behind this figure: interviewers pick résumé numbers to dig into.",
                claim.Subject,
                claim.Employer,
                [claim.Location]);
        }
    }
}

/// <summary><c>resume.no-jobs</c>: the résumé was read but no dated jobs were found, so résumé checks could not run.</summary>
internal sealed class ResumeWithoutJobsCheck : IConsistencyCheck
{
    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        if (context.Resume is { Jobs.Count: 0 } resume)
        {
            yield return new ConsistencyFinding(
                FindingKinds.ResumeWithoutJobs,
                DiagnosticSeverity.Warning,
                $"No jobs with dates were found in {resume.Resume.Source}, so employers, tenure and projects could not be checked against it.",
                "Give each job a line with employer, title and dates (for example “NetApp — Engineering Manager, Jun 2012 – Feb 2023”).",
                null,
                null,
                [new ClaimLocation(ClaimSource.Resume, null, null, 0, 0, 1, TextSpans.Excerpt(resume.Resume.Lines.FirstOrDefault() ?? string.Empty))]);
        }
    }
}
