using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Review;

namespace StarCoach.Core.Practice.Progress;

/// <summary>Builds a <see cref="ProgressReport"/> from stored attempts. Pure: days are calendar days in the given time zone.</summary>
public static class ProgressBuilder
{
    /// <param name="bank">The bank as it is now: stories and their competencies.</param>
    /// <param name="attempts">Every attempt at the bank, main attempts and probe answers, in any order.</param>
    /// <param name="framework">The framework whose competencies to follow.</param>
    /// <param name="tags">The bank's competency tags (with the user's overrides) for <paramref name="framework"/>; tagged here when null.</param>
    /// <param name="zone">The time zone that decides what day an attempt was on.</param>
    public static ProgressReport Build(Bank bank, IEnumerable<AttemptRecord> attempts, CompetencyFramework framework, BankCompetencies? tags, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(bank);
        ArgumentNullException.ThrowIfNull(framework);
        var all = attempts.OrderBy(a => a.StartedAt).ToList();
        var main = all.Where(a => !a.IsProbeAnswer).ToList();
        DateOnly DayOf(AttemptRecord a) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(a.StartedAt, zone).DateTime);

        var stories = bank.AllAnswers().ToList();
        var practised = main.Select(a => a.AnswerId).ToHashSet(StringComparer.Ordinal);

        var dimensions = Enum.GetValues<RubricDimension>()
            .Select(d => Series(Key(d), Name(d), main.Where(a => a.Review?.Rubric.Any(r => r.Dimension == d) == true), DayOf, a => a.Review!.Rubric.First(r => r.Dimension == d).Level))
            .ToImmutableArray();

        tags ??= new CompetencyTagger([framework]).TagBank(bank);
        var competencies = framework.Competencies.Select(c =>
        {
            var reference = new CompetencyRef(framework.Id, c.Id);
            var showing = stories.Where(s => PracticePlanner.Shows(tags.ForAnswer(s.Answer.Id), reference)).Select(s => s.Answer.Id).ToHashSet(StringComparer.Ordinal);
            var own = main.Where(a => showing.Contains(a.AnswerId)).ToList();
            return new CompetencyProgress(framework.Id, c.Id, c.Name, showing.Count, own.Count, Series(framework.Id + "/" + c.Id, c.Name, own, DayOf, a => a.OverallScore));
        }).ToImmutableArray();

        var days = all.GroupBy(DayOf)
            .OrderBy(g => g.Key)
            .Select(g => new DayActivity(g.Key, g.Count(a => !a.IsProbeAnswer), g.Count(a => a.IsProbeAnswer)))
            .ToImmutableArray();

        var over = main.Where(a => a.OverrunSeconds > 0).ToList();
        var budget = new TimeOverBudget(
            main.Count,
            over.Count,
            over.Count == 0 ? 0 : Math.Round(over.Average(a => a.OverrunSeconds), 1),
            over.Count == 0 ? 0 : Math.Round(over.Max(a => a.OverrunSeconds), 1),
            Series("overrun", "Seconds over budget", main, DayOf, a => a.OverrunSeconds));

        return new ProgressReport(
            stories.Count,
            stories.Count(s => practised.Contains(s.Answer.Id)),
            main.Count,
            all.Count - main.Count,
            Series("overall", "Overall score", main, DayOf, a => a.OverallScore),
            Series("recall", "Recall of the prepared story (%)", main, DayOf, a => a.RecallScore * 100),
            dimensions,
            framework.Id,
            competencies,
            days,
            [.. stories.Where(s => !practised.Contains(s.Answer.Id)).Select(s => new StoryRef(s.Question.Id, s.Answer.Id, s.Question.Text, s.Question.Category, StoryName.For(s.Question, s.Answer)))],
            budget);
    }

    /// <summary>The key of a rubric dimension in series (<c>structure</c>).</summary>
    public static string Key(RubricDimension dimension) => dimension.ToString().ToLowerInvariant();

    /// <summary>The display name of a rubric dimension.</summary>
    public static string Name(RubricDimension dimension) => dimension.ToString();

    private static ProgressSeries Series(string key, string name, IEnumerable<AttemptRecord> attempts, Func<AttemptRecord, DateOnly> dayOf, Func<AttemptRecord, double> value) =>
        new(key, name, [.. attempts
            .GroupBy(dayOf)
            .OrderBy(g => g.Key)
            .Select(g => new ProgressPoint(g.Key, Math.Round(g.Average(value), 2), g.Count()))]);
}
