using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>The human summary of an imported bank: what was found, per category, and what needs a look.</summary>
internal static class BankSummaryView
{
    public static void Render(IAnsiConsole console, Bank bank)
    {
        var summary = ImportSummary.Of(bank);
        var kinds = string.Join(", ", summary.AnswerKinds.Select(k => $"{k.Count} {Kind(k.Kind)}"));
        var nearDuplicates = summary.NearDuplicates > 0 ? $", {Counted.Of(summary.NearDuplicates, "pair")} of near-duplicate answers" : string.Empty;

        console.MarkupLine($"[bold]{Markup.Escape(bank.Title ?? bank.Source)}[/] [grey]({Markup.Escape(bank.Source)})[/]");
        console.MarkupLine(
            $"{Counted.Of(summary.Questions, "question")} in {Counted.Of(summary.Categories, "category", "categories")}, " +
            $"{Counted.Of(summary.Answers, "answer")}{(summary.Answers > 0 ? $" ({kinds})" : string.Empty)}, {Counted.Of(summary.FollowUps, "follow-up")}{nearDuplicates}.");
        if (summary.HasNoQuestions)
        {
            console.MarkupLine($"[yellow]No questions found.[/] {Markup.Escape(ImportSummary.NoQuestionsAdvice)}");
        }

        console.WriteLine();
        RenderCheckFirst(console, summary);

        var number = 0;
        foreach (var group in bank.Questions.GroupBy(q => q.Category))
        {
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.Title = new TableTitle(Markup.Escape(group.Key ?? "No category"), new Style(decoration: Decoration.Bold));
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn("Question");
            table.AddColumn("Answers");
            table.AddColumn(new TableColumn("Follow-ups").RightAligned());
            table.AddColumn(new TableColumn("Lines").RightAligned());
            foreach (var question in group)
            {
                number++;
                var text = Markup.Escape(question.Text);
                if (question.Instruction is not null)
                {
                    text += $"\n[grey]Instruction: {Markup.Escape(question.Instruction)}[/]";
                }

                if (question.Parts.Length > 0)
                {
                    text += $"\n[grey]{question.Parts.Length} parts[/]";
                }

                table.AddRow(
                    new Text(number.ToString(CultureInfo.InvariantCulture)),
                    new Markup(text),
                    new Markup(AnswerKinds(question)),
                    new Text(question.FollowUps.Length.ToString(CultureInfo.InvariantCulture)),
                    new Text($"{question.SourceSpan.StartLine}–{question.SourceSpan.EndLine}"));
            }

            console.Write(table);
        }

        RenderDiagnostics(console, summary);
        RenderKeptAside(console, summary);
    }

    // Enough to see what kind of reading import was unsure of without pushing the questions off the screen.
    private const int MaxCheckFirstShown = 10;

    /// <summary>Items read from layout alone, first, so the user checks them before anything else.</summary>
    private static void RenderCheckFirst(IAnsiConsole console, ImportSummary summary)
    {
        if (summary.CheckFirst.IsEmpty)
        {
            return;
        }

        console.MarkupLine($"[bold]Check these first[/] ({summary.CheckFirst.Length}) [grey]read from the layout alone; correct them in the web app's import summary if they are wrong[/]");
        foreach (var item in summary.CheckFirst.Take(MaxCheckFirstShown))
        {
            var what = item.Answer is { } answer
                ? $"a new answer to “{Markup.Escape(Shorten(item.Question.Text, 40))}” starts with “{Markup.Escape(Shorten(answer.Text, 40))}”"
                : $"question “{Markup.Escape(Shorten(item.Question.Text))}”";
            console.MarkupLine($"  line {item.Line}: {what} [grey]{Markup.Escape(item.Why)}[/]");
        }

        if (summary.CheckFirst.Length > MaxCheckFirstShown)
        {
            console.MarkupLine($"  [grey]… and {summary.CheckFirst.Length - MaxCheckFirstShown} more: the web app's import summary lists them all, and --json gives each one's confidence[/]");
        }

        console.WriteLine();
    }

    private static string Shorten(string text, int max = 60) => OneLine.Of(text, max);

    private static void RenderDiagnostics(IAnsiConsole console, ImportSummary summary)
    {
        if (summary.Diagnostics.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Diagnostics[/] ({summary.Diagnostics.Length})");
        foreach (var diagnostic in summary.Diagnostics)
        {
            var colour = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "red",
                DiagnosticSeverity.Warning => "yellow",
                _ => "grey",
            };
            var where = diagnostic.Line is { } line ? $"line {line}: " : string.Empty;
            console.MarkupLine($"  [{colour}]{diagnostic.Severity.ToString().ToLowerInvariant()}[/] {where}{Markup.Escape(diagnostic.Message)}");
        }
    }

    private static void RenderKeptAside(IAnsiConsole console, ImportSummary summary)
    {
        if (summary.Passages.IsEmpty && summary.MarkupPieces == 0)
        {
            return;
        }

        // Markup taken out of the text (HTML tags, a fence's language) is counted, not listed.
        var markup = summary.MarkupPieces > 0 ? $"; and {Counted.Of(summary.MarkupPieces, "piece")} of markup" : string.Empty;
        console.WriteLine();
        console.MarkupLine($"[bold]Kept aside[/] ({summary.Passages.Length}) [grey]text that is not part of an answer, kept word for word{markup}[/]");
        foreach (var item in summary.Passages)
        {
            var span = item.SourceSpan.StartLine == item.SourceSpan.EndLine
                ? $"line {item.SourceSpan.StartLine}"
                : $"lines {item.SourceSpan.StartLine}–{item.SourceSpan.EndLine}";
            console.MarkupLine($"  {span}: “{Markup.Escape(Shorten(item.Text))}” [grey]{Markup.Escape(item.Reason)}[/]");
        }
    }

    private static string AnswerKinds(Question question) =>
        question.Answers.IsEmpty
            ? "[grey]none yet[/]"
            : string.Join(", ", question.Answers.GroupBy(a => a.Kind).Select(g => g.Count() == 1 ? Kind(g.Key) : $"{Kind(g.Key)} ×{g.Count()}"));

    private static string Kind(AnswerKind kind) => kind.ToString().ToLowerInvariant();

}
