using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Competencies;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>The coverage report for people: competencies, the story × competency matrix, gaps, over-use, next steps.</summary>
internal static class CoverageView
{
    public static void Render(IAnsiConsole console, CoverageReport report, string bankName)
    {
        var strong = report.Competencies.Count(c => c.Level == CoverageLevel.Strong);
        var weak = report.Competencies.Count(c => c.Level == CoverageLevel.Weak);
        var missing = report.Competencies.Count(c => c.Level == CoverageLevel.Missing);
        console.MarkupLine($"[bold]{Markup.Escape(report.Framework.Name)}[/] coverage of [bold]{Markup.Escape(bankName)}[/]: {Counted.Of(report.Stories.Length, "story", "stories")}.");
        console.MarkupLine($"[green]{strong} strong[/], [yellow]{weak} weak[/], [red]{missing} missing[/] of {report.Competencies.Length} competencies.");
        console.WriteLine();

        RenderCompetencies(console, report);
        RenderMatrix(console, report);
        RenderGaps(console, report);
        RenderOverused(console, report);
        RenderSuggestions(console, report);
    }

    private static void RenderCompetencies(IAnsiConsole console, CoverageReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Competency");
        table.AddColumn("Coverage");
        table.AddColumn(new TableColumn("Best").RightAligned());
        table.AddColumn(new TableColumn("Strong stories").RightAligned());
        table.AddColumn("Best story");
        for (var i = 0; i < report.Competencies.Length; i++)
        {
            var c = report.Competencies[i];
            var story = report.Stories.FirstOrDefault(s => s.AnswerId == c.BestAnswerId);
            table.AddRow(
                new Text(Number(i + 1)),
                new Text(c.Name),
                new Markup(Level(c.Level)),
                new Text(c.Best.ToString("0.00", CultureInfo.InvariantCulture)),
                new Text(Number(c.StrongStories)),
                new Text(story?.Title ?? "—"));
        }

        console.Write(table);
    }

    private static void RenderMatrix(IAnsiConsole console, CoverageReport report)
    {
        console.WriteLine();
        console.MarkupLine("[bold]Stories × competencies[/] [grey](columns numbered as above; ● strong, ◐ weak, · trace)[/]");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Story");
        for (var i = 0; i < report.Competencies.Length; i++)
        {
            table.AddColumn(new TableColumn(Number(i + 1)).Centered().NoWrap());
        }

        for (var row = 0; row < report.Stories.Length; row++)
        {
            var cells = new List<Markup> { new(Markup.Escape(report.Stories[row].Title)) };
            cells.AddRange(report.Strength[row].Select(v => new Markup(Cell(v))));
            table.AddRow(cells);
        }

        console.Write(table);
    }

    private static void RenderGaps(IAnsiConsole console, CoverageReport report)
    {
        console.WriteLine();
        if (report.Gaps.IsEmpty)
        {
            console.MarkupLine("[bold]Gaps[/]: none; every competency has a strong story.");
            return;
        }

        console.MarkupLine($"[bold]Gaps[/] ({report.Gaps.Length}) [grey]competencies no story shows strongly, and questions that will probe them[/]");
        foreach (var gap in report.Gaps)
        {
            console.MarkupLine($"  {Level(gap.Level)} [bold]{Markup.Escape(gap.Name)}[/] [grey](best {gap.Best.ToString("0.00", CultureInfo.InvariantCulture)})[/]");
            foreach (var question in gap.TypicalQuestions.Take(2))
            {
                console.MarkupLine($"      [grey]“{Markup.Escape(question)}”[/]");
            }
        }
    }

    private static void RenderOverused(IAnsiConsole console, CoverageReport report)
    {
        if (report.Overused.IsEmpty)
        {
            return;
        }

        foreach (var kind in report.Overused.Select(s => s.Kind).Distinct().Order())
        {
            var stories = report.Overused.Where(s => s.Kind == kind).ToList();
            console.WriteLine();
            console.MarkupLine($"[bold]{OveruseWords.Heading(kind)}[/] ({stories.Count})");
            foreach (var story in stories)
            {
                console.MarkupLine($"  “{Markup.Escape(story.Title)}” [grey]{Markup.Escape(OveruseWords.Why(story))}[/]");
            }
        }
    }

    private static void RenderSuggestions(IAnsiConsole console, CoverageReport report)
    {
        if (report.Suggestions.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Next steps[/]");
        foreach (var suggestion in report.Suggestions)
        {
            console.MarkupLine($"  [grey]{suggestion.Kind.ToString().ToLowerInvariant(),-10}[/] {Markup.Escape(suggestion.Message)}");
        }
    }

    private static string Level(CoverageLevel level) => level switch
    {
        CoverageLevel.Strong => "[green]strong[/]",
        CoverageLevel.Weak => "[yellow]weak[/]",
        _ => "[red]missing[/]",
    };

    private static string Cell(double value) => value switch
    {
        >= CoverageAnalyzer.StrongThreshold => "[green]●[/]",
        >= CoverageAnalyzer.WeakThreshold => "[yellow]◐[/]",
        > 0 => "[grey]·[/]",
        _ => " ",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
