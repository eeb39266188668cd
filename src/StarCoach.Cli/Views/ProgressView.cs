using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Practice.Progress;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>Practice progress for people: trends per dimension and competency, practice per day, gaps, time over budget.</summary>
internal static class ProgressView
{
    private const int RecentDays = 5;
    private const int MaxNeverPractised = 12;
    private const int MaxDays = 14;

    public static void Render(IAnsiConsole console, string bankName, ProgressReport report, string frameworkName)
    {
        console.MarkupLine($"[bold]Progress[/] on [bold]{Markup.Escape(bankName)}[/]: {report.StoriesPractised} of {Counted.Of(report.Stories, "story", "stories")} practised, {Counted.Of(report.Attempts, "attempt")}, {report.ProbeAnswers} follow-up {Counted.Noun(report.ProbeAnswers, "answer")}.");
        if (report.Attempts == 0)
        {
            console.MarkupLine("No practice yet. Start with [bold]starcoach practice BANK[/].");
            NeverPractised(console, report);
            return;
        }

        console.WriteLine();
        Trends(console, report);
        Competencies(console, report, frameworkName);
        Days(console, report);
        Budget(console, report.TimeOverBudget);
        NeverPractised(console, report);
    }

    private static void Trends(IAnsiConsole console, ProgressReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Scores over time[/] (daily averages, oldest → newest)");
        table.AddColumn("Score");
        table.AddColumn(new TableColumn("First").RightAligned());
        table.AddColumn(new TableColumn("Latest").RightAligned());
        table.AddColumn(new TableColumn("Change").RightAligned());
        table.AddColumn("Recent days");
        Row(table, report.Overall, "0");
        Row(table, report.Recall, "0");
        foreach (var dimension in report.Dimensions)
        {
            Row(table, dimension with { Name = dimension.Name + " (1–4)" }, "0.0");
        }

        console.Write(table);
    }

    private static void Row(Table table, ProgressSeries series, string format)
    {
        if (series.Points.IsEmpty)
        {
            table.AddRow(new Text(series.Name), new Text("—"), new Text("—"), new Text("—"), new Text(string.Empty));
            return;
        }

        var change = series.Latest!.Value - series.First!.Value;
        var colour = change > 0 ? "green" : change < 0 ? "red" : "grey";
        table.AddRow(
            new Text(series.Name),
            new Text(Format(series.First.Value, format)),
            new Text(Format(series.Latest.Value, format)),
            new Markup($"[{colour}]{(change > 0 ? "+" : string.Empty)}{Format(change, format)}[/]"),
            new Text(string.Join("  ", series.Points.TakeLast(RecentDays).Select(p => Format(p.Value, format)))));
    }

    private static void Competencies(IAnsiConsole console, ProgressReport report, string frameworkName)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"[bold]By competency[/] ({Markup.Escape(frameworkName)})");
        table.AddColumn("Competency");
        table.AddColumn(new TableColumn("Stories").RightAligned());
        table.AddColumn(new TableColumn("Attempts").RightAligned());
        table.AddColumn(new TableColumn("Latest score").RightAligned());
        table.AddColumn("Recent days");
        foreach (var competency in report.Competencies.OrderByDescending(c => c.Attempts).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            var scores = competency.Scores;
            table.AddRow(
                new Text(competency.Name),
                new Text(Format(competency.Stories, "0")),
                new Text(Format(competency.Attempts, "0")),
                new Text(scores.Latest is { } latest ? Format(latest, "0") : "—"),
                new Markup(competency.Stories == 0 ? "[red]no story shows it[/]" : competency.Attempts == 0 ? "[yellow]not practised[/]" : Markup.Escape(string.Join("  ", scores.Points.TakeLast(RecentDays).Select(p => Format(p.Value, "0"))))));
        }

        console.Write(table);
    }

    private static void Days(IAnsiConsole console, ProgressReport report)
    {
        console.WriteLine();
        var chart = new BarChart().Label("[bold]Stories practised per day[/]").Width(70);
        foreach (var day in report.Days.TakeLast(MaxDays))
        {
            chart.AddItem(day.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture), day.Attempts, Color.SteelBlue);
        }

        console.Write(chart);
        var probes = report.Days.Sum(d => d.ProbeAnswers);
        console.MarkupLine($"[grey]{Counted.Of(report.Days.Length, "day")} of practice; {probes} follow-up {Counted.Noun(probes, "answer")}.[/]");
    }

    private static void Budget(IAnsiConsole console, TimeOverBudget budget)
    {
        console.WriteLine();
        if (budget.OverBudget == 0)
        {
            console.MarkupLine($"[bold]Time[/]: [green]every answer finished within its budget[/] ({Counted.Of(budget.Attempts, "attempt")}).");
            return;
        }

        console.MarkupLine($"[bold]Time[/]: [yellow]{budget.OverBudget} of {Counted.Of(budget.Attempts, "answer")} ran over budget[/], by {Format(budget.AverageOverrunSeconds, "0")} s on average (longest {Format(budget.WorstOverrunSeconds, "0")} s over).");
        var chart = new BarChart().Label("Seconds over budget, average per day").Width(70);
        foreach (var point in budget.OverrunPerDay.Points.TakeLast(MaxDays))
        {
            chart.AddItem(point.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture), Math.Round(point.Value), point.Value > 0 ? Color.Orange1 : Color.Green);
        }

        console.Write(chart);
    }

    private static void NeverPractised(IAnsiConsole console, ProgressReport report)
    {
        console.WriteLine();
        if (report.NeverPractised.IsEmpty)
        {
            console.MarkupLine("[bold]Never practised[/]: none. Every story has been told at least once.");
            return;
        }

        console.MarkupLine($"[bold]Never practised[/] ({report.NeverPractised.Length}):");
        foreach (var story in report.NeverPractised.Take(MaxNeverPractised))
        {
            console.MarkupLine($"  · [bold]{Markup.Escape(story.Name.Title)}[/] [grey]— {Markup.Escape(OneLine.Of(story.Question, 70))}{(story.Name.Position is { } position ? " · " + position : string.Empty)}[/]");
        }

        if (report.NeverPractised.Length > MaxNeverPractised)
        {
            console.MarkupLine($"  [grey]… and {report.NeverPractised.Length - MaxNeverPractised} more.[/]");
        }
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

}
