using System.Collections.Immutable;
using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Review;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>A bank's reviews for people: one compact row per answer, then totals by rule and the fixes that would help most.</summary>
internal static class ReviewSummaryView
{
    private const int QuestionWidth = 60;

    /// <param name="titles">Each answer's name for people (a story's title), by answer id; the id is shown too, for <c>--answer</c>.</param>
    public static void Render(IAnsiConsole console, string source, ImmutableArray<AnswerReview> reviews, TargetLevel level, IReadOnlyDictionary<string, string> titles)
    {
        console.MarkupLine($"[bold]{Markup.Escape(Path.GetFileName(source))}[/] [grey]reviewed at level {TargetLevels.Name(level)}[/]");
        if (reviews.IsEmpty)
        {
            console.MarkupLine("No answers to review.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Question");
        table.AddColumn("Answer");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn(new TableColumn("Findings").NoWrap());
        for (var i = 0; i < reviews.Length; i++)
        {
            var review = reviews[i];
            table.AddRow(
                new Text((i + 1).ToString(CultureInfo.InvariantCulture)),
                new Text(Shorten(review.Question ?? string.Empty)),
                new Markup($"[bold]{Markup.Escape(titles.GetValueOrDefault(review.AnswerId, review.AnswerId))}[/]\n[grey]{Markup.Escape(review.AnswerId)} · {ReviewView.Kind(review)}, {ReviewView.Time(review.SpeakingSeconds)}[/]"),
                new Markup(string.Create(CultureInfo.InvariantCulture, $"[{ReviewView.ScoreColour(review.Overall)}]{review.Overall}[/]")),
                new Markup(FindingsCell(review)));
        }

        console.Write(table);
        RenderTotals(console, reviews);
    }

    private static string FindingsCell(AnswerReview review)
    {
        if (review.Findings.IsEmpty)
        {
            return "[green]none[/]";
        }

        var rules = review.Findings
            .GroupBy(f => f.Rule, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(f => f.Severity))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"[{ReviewView.Colour(g.Max(f => f.Severity))}]{Markup.Escape(ReviewWords.RuleName(g.Key))}[/]");
        return string.Join("\n", rules);
    }

    private static void RenderTotals(IAnsiConsole console, ImmutableArray<AnswerReview> reviews)
    {
        var average = (int)Math.Round(reviews.Average(r => r.Overall), MidpointRounding.AwayFromZero);
        var bySeverity = string.Join(", ", Enum.GetValues<FindingSeverity>().Reverse()
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{reviews.Sum(r => r.Findings.Count(f => f.Severity == s))} {ReviewView.Severity(s)}")));
        console.WriteLine();
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{Counted.Of(reviews.Length, "answer")}[/], average score {average}/100; findings: {bySeverity}."));

        var byRule = reviews
            .SelectMany(r => r.Findings.Select(f => (r.AnswerId, Finding: f)))
            .GroupBy(x => x.Finding.Rule, StringComparer.Ordinal)
            .Select(g => (Rule: g.Key, Severity: g.First().Finding.Severity, Answers: g.Select(x => x.AnswerId).Distinct().Count(), Hint: g.First().Finding.Hint))
            .OrderByDescending(x => x.Severity)
            .ThenByDescending(x => x.Answers)
            .ThenBy(x => x.Rule, StringComparer.Ordinal)
            .ToList();
        if (byRule.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand().Title("By finding");
        table.AddColumn("Finding");
        table.AddColumn(new TableColumn("Answers").RightAligned());
        table.AddColumn("How to fix");
        foreach (var (rule, severity, answers, hint) in byRule)
        {
            table.AddRow(
                new Markup($"[{ReviewView.Colour(severity)}]{Markup.Escape(ReviewWords.RuleName(rule))}[/]"),
                new Text(answers.ToString(CultureInfo.InvariantCulture)),
                new Text(hint));
        }

        console.Write(table);
        console.MarkupLine("[grey]See one answer in full with --answer ID.[/]");
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= QuestionWidth ? line : line[..(QuestionWidth - 1)] + "…";
    }
}
