using System.Globalization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency.Checks;

/// <summary>
/// <c>load.implausible</c>: many distinct projects told at one employer against a short tenure there — the
/// seed's "Your overall time in Google was just 8 months so how do you justify such large number of complex
/// projects?". The tenure comes from the stories ("my tenure at CBRE/Google was relatively short (8 months)")
/// or, failing that, from the résumé's dates.
/// </summary>
internal sealed class ImplausibleLoadCheck : IConsistencyCheck
{
    /// <summary>Fewer projects than this at an employer never raise the question.</summary>
    internal const int MinProjects = 4;

    /// <summary>Less tenure per project than this (in months) is what an interviewer will probe.</summary>
    internal const double MinMonthsPerProject = 2.0;

    private const int MaxStoriesCited = 10;

    public IEnumerable<ConsistencyFinding> Run(CheckContext context)
    {
        var projects = context.Reading.Stories
            .Where(s => !s.IsFollowUp && s.Employer is not null && s.Answer.Kind is not (AnswerKind.Pitch or AnswerKind.Compressed))
            .GroupBy(s => s.Employer!, StringComparer.Ordinal);
        foreach (var group in projects)
        {
            var distinct = group.GroupBy(s => context.StoryGroup(s.Answer.Id)).Select(g => g.First()).ToList();
            if (distinct.Count < MinProjects || Tenure(context, group.Key) is not { } tenure)
            {
                continue;
            }

            var perProject = tenure.Months / distinct.Count;
            if (perProject >= MinMonthsPerProject)
            {
                continue;
            }

            var months = tenure.Months.ToString("0.#", CultureInfo.InvariantCulture);
            var spans = new List<ClaimLocation> { tenure.Location };
            spans.AddRange(distinct.Take(MaxStoriesCited).Select(s => s.Location));
            yield return new ConsistencyFinding(
                FindingKinds.ImplausibleLoad,
                DiagnosticSeverity.Warning,
                $"{distinct.Count} different projects are told at {group.Key}, but {tenure.Source} {months} months there ({perProject.ToString("0.#", CultureInfo.InvariantCulture)} months per project). An interviewer will ask how you delivered so many complex projects in that time.",
                $"Prepare the answer: which of these you led and which you contributed to, how they overlapped, and what was already in place. Consider telling fewer {group.Key} stories, or make your share in each explicit.",
                group.Key,
                group.Key,
                [.. spans]);
        }
    }

    private static (double Months, string Source, ClaimLocation Location)? Tenure(CheckContext context, string employer)
    {
        var stated = context.Reading.Claims.Where(c => c.Kind == ClaimKind.Tenure && c.Employer == employer && c.Value is not null).MinBy(c => c.Value!.Low);
        if (stated is not null)
        {
            return (stated.Value!.Low, "you say you spent", stated.Location);
        }

        if (context.Resume?.JobAt(employer) is { Entry.Months: { } months } job)
        {
            return (months, "your résumé shows", context.Resume.LocationOf(job.Entry));
        }

        return null;
    }
}
