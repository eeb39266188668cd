using System.Collections.Immutable;
using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Matching;

namespace StarCoach.Cli.Views;

/// <summary>Match results for people: each story with its score and why it fits.</summary>
internal static class MatchView
{
    public static void Render(IAnsiConsole console, string question, ImmutableArray<StoryMatch> results)
    {
        console.MarkupLine($"Stories for [bold]“{Markup.Escape(question)}”[/]");
        if (results.IsEmpty)
        {
            console.MarkupLine("[grey]The bank has no answers yet.[/]");
            return;
        }

        if (MatchFits.NoneStrong(results))
        {
            console.MarkupLine($"[yellow]{MatchFits.NoStrongStory}[/] — {MatchFits.SeeCoverage} ([bold]starcoach coverage BANK[/]). The closest stories:");
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Fit");
        table.AddColumn("Story (the question it was prepared for)");
        table.AddColumn("Why");
        foreach (var match in results)
        {
            var story = $"[bold]{Markup.Escape(match.Title)}[/]\n{Markup.Escape(match.QuestionText)}\n[grey]{match.Kind.ToString().ToLowerInvariant()} · lines {match.SourceSpan.StartLine}–{match.SourceSpan.EndLine} · {Markup.Escape(match.AnswerId)}[/]";
            table.AddRow(
                new Text(match.Rank.ToString(CultureInfo.InvariantCulture)),
                new Markup($"{Fit(match.Fit)}\n[grey]{match.Score.ToString("0.00", CultureInfo.InvariantCulture)}[/]"),
                new Markup(story),
                new Markup(Why(match)));
        }

        console.Write(table);
        console.MarkupLine($"[grey]Fit: strong from {MatchFits.StrongFrom.ToString("0.00", CultureInfo.InvariantCulture)}, partial from {MatchFits.PartialFrom.ToString("0.00", CultureInfo.InvariantCulture)}, weak below.[/]");
    }

    private static string Fit(MatchFit fit) => fit switch
    {
        MatchFit.Strong => "[green]strong[/]",
        MatchFit.Partial => "[yellow]partial[/]",
        _ => "[grey]weak[/]",
    };

    private static string Why(StoryMatch match)
    {
        var why = match.Why;
        var lines = new List<string>
        {
            $"[italic]“{Markup.Escape(why.BestSentence)}”[/]",
        };
        if (why.SameKind is { } kind)
        {
            lines.Add($"[grey]{(string.IsNullOrWhiteSpace(match.QuestionText) ? "answers" : "both ask")}:[/] {Markup.Escape(kind.Name)}");
        }

        if (!why.SharedConcepts.IsEmpty)
        {
            lines.Add($"[grey]shared:[/] {Markup.Escape(string.Join(", ", why.SharedConcepts))}");
        }

        if (!why.Competencies.IsEmpty)
        {
            lines.Add($"[grey]shows:[/] {Markup.Escape(string.Join(", ", why.Competencies.Select(c => c.Name).Distinct()))}");
        }

        lines.Add($"[grey]meaning {why.Similarity.ToString("0.00", CultureInfo.InvariantCulture)} (question {why.QuestionSimilarity.ToString("0.00", CultureInfo.InvariantCulture)})[/]");
        return string.Join('\n', lines);
    }
}
