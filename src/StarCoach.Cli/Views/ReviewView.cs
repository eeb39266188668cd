using System.Globalization;
using System.Text;
using Spectre.Console;
using StarCoach.Core.Review;

namespace StarCoach.Cli.Views;

/// <summary>One answer's review for people: the answer with findings highlighted in place, the findings, the rubric and the top three fixes.</summary>
internal static class ReviewView
{
    /// <summary>Findings longer than this (a whole answer too short, the tail of one too long) are listed but not highlighted.</summary>
    private const int MaxHighlightChars = 400;

    public static void Render(IAnsiConsole console, AnswerReview review, TargetLevel level, string? answerText = null, string? storyTitle = null)
    {
        var title = review.Question is { Length: > 0 } question ? Markup.Escape(question) : "Answer without a question";
        console.MarkupLine($"[bold]{title}[/]");
        if (storyTitle is not null)
        {
            console.MarkupLine($"[bold]{Markup.Escape(storyTitle)}[/]");
        }

        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[grey]{Markup.Escape(review.AnswerId)} · {Kind(review)} · {review.WordCount} words · about {Time(review.SpeakingSeconds)} spoken · level {TargetLevels.Name(level)}[/]"));
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"Overall [bold {ScoreColour(review.Overall)}]{review.Overall}[/]/100"));
        if (review.CapReason is { } cap)
        {
            console.MarkupLine($"[grey]{Markup.Escape(cap)}[/]");
        }
        console.WriteLine();

        if (answerText is not null)
        {
            console.Write(new Panel(new Markup(Highlight(answerText, review))).Header("Answer").Border(BoxBorder.Rounded).Expand());
        }

        RenderFindings(console, review);
        RenderRubric(console, review);
        RenderParts(console, review);
        RenderTopFixes(console, review);
    }

    /// <summary>
    /// The answer as markup, each finding's text coloured by severity and followed by its number. Where findings
    /// overlap, the shorter one is shown; findings about the whole answer (its length) are only listed.
    /// </summary>
    internal static string Highlight(string text, AnswerReview review)
    {
        var shown = new List<(Finding Finding, int Number)>();
        var candidates = review.Findings
            .Select((finding, index) => (Finding: finding, Number: index + 1))
            .Where(m => m.Finding.Length is > 0 and <= MaxHighlightChars && m.Finding.Start + m.Finding.Length <= text.Length
                && !m.Finding.Rule.StartsWith("length.", StringComparison.Ordinal))
            .OrderBy(m => m.Finding.Length)
            .ThenBy(m => m.Number);
        foreach (var candidate in candidates)
        {
            if (!shown.Exists(s => Overlaps(s.Finding, candidate.Finding)))
            {
                shown.Add(candidate);
            }
        }

        var markup = new StringBuilder(text.Length + (shown.Count * 24));
        var position = 0;
        foreach (var (finding, number) in shown.OrderBy(s => s.Finding.Start))
        {
            markup.Append(Markup.Escape(text[position..finding.Start]));
            markup.Append(CultureInfo.InvariantCulture, $"[{Colour(finding.Severity)} underline]{Markup.Escape(text.Substring(finding.Start, finding.Length))}[/]");
            markup.Append(CultureInfo.InvariantCulture, $"[grey][[{number}]][/]");
            position = finding.Start + finding.Length;
        }

        markup.Append(Markup.Escape(text[position..]));
        return markup.ToString();
    }

    private static bool Overlaps(Finding a, Finding b) => a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static void RenderFindings(IAnsiConsole console, AnswerReview review)
    {
        if (review.Findings.IsEmpty)
        {
            console.MarkupLine("[green]No findings.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand().Title("Findings");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Severity");
        table.AddColumn("Finding");
        table.AddColumn("What and where");
        for (var i = 0; i < review.Findings.Length; i++)
        {
            var finding = review.Findings[i];
            table.AddRow(
                new Text((i + 1).ToString(CultureInfo.InvariantCulture)),
                new Markup($"[{Colour(finding.Severity)}]{Severity(finding.Severity)}[/]"),
                new Text(finding.Name),
                new Markup($"{Markup.Escape(finding.Message)}\n[grey]“{Markup.Escape(finding.Excerpt)}”[/]"));
        }

        console.Write(table);
    }

    private static void RenderRubric(IAnsiConsole console, AnswerReview review)
    {
        var table = new Table().Border(TableBorder.Rounded).Expand().Title("Rubric");
        table.AddColumn("Dimension");
        table.AddColumn(new TableColumn("Level").Centered());
        table.AddColumn("Evidence");
        foreach (var score in review.Rubric)
        {
            table.AddRow(
                new Text(score.Dimension.ToString()),
                new Markup(string.Create(CultureInfo.InvariantCulture, $"[{LevelColour(score.Level)}]{score.Level} {score.Label}[/]")),
                new Text(string.Join("\n", score.Why)));
        }

        console.Write(table);
    }

    private static void RenderParts(IAnsiConsole console, AnswerReview review)
    {
        if (review.Parts.IsEmpty)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand().Title("Parts of the question");
        table.AddColumn("Part");
        table.AddColumn("Covered by");
        foreach (var part in review.Parts)
        {
            table.AddRow(
                new Text(part.Part),
                part.Covered ? new Markup($"[green]✓[/] {Markup.Escape(part.Sentence ?? string.Empty)}") : new Markup("[red]✗ not covered[/]"));
        }

        console.Write(table);
    }

    private static void RenderTopFixes(IAnsiConsole console, AnswerReview review)
    {
        IReadOnlyList<Finding> fixes = review.TopFixes;
        if (fixes.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine("[bold]Top fixes[/]");
        for (var i = 0; i < fixes.Count; i++)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1}. [{Colour(fixes[i].Severity)}]{Markup.Escape(fixes[i].Name)}[/]: {Markup.Escape(fixes[i].Hint)}"));
        }
    }

    internal static string Colour(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "red",
        FindingSeverity.Warning => "yellow",
        _ => "blue",
    };

    internal static string Severity(FindingSeverity severity) => severity.ToString().ToLowerInvariant();

    internal static string ScoreColour(int overall) => overall switch
    {
        >= 75 => "green",
        >= 50 => "yellow",
        _ => "red",
    };

    internal static string Time(int seconds) => seconds < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min {seconds % 60:00} s");

    internal static string Kind(AnswerReview review) => review.Kind.ToString().ToLowerInvariant();

    private static string LevelColour(int level) => level switch
    {
        4 => "green",
        3 => "green",
        2 => "yellow",
        _ => "red",
    };
}
