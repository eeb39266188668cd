using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Banks;

namespace StarCoach.Cli.Views;

/// <summary>The human summary of an imported bank: what was found, per category, and what needs a look.</summary>
internal static class BankSummaryView
{
    public static void Render(IAnsiConsole console, Bank bank)
    {
        var answers = bank.Questions.SelectMany(q => q.Answers).ToList();
        var followUps = bank.Questions.Sum(q => q.FollowUps.Length);
        var categories = bank.Questions.Select(q => q.Category).Where(c => c is not null).Distinct().Count();
        var kinds = string.Join(", ", answers.GroupBy(a => a.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Kind(g.Key)}"));

        console.MarkupLine($"[bold]{Markup.Escape(bank.Title ?? bank.Source)}[/] [grey]({Markup.Escape(bank.Source)})[/]");
        console.MarkupLine(
            $"{Plural(bank.Questions.Length, "question")} in {Plural(categories, "category", "categories")}, " +
            $"{Plural(answers.Count, "answer")}{(answers.Count > 0 ? $" ({kinds})" : string.Empty)}, {Plural(followUps, "follow-up")}.");
        console.WriteLine();

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

        RenderDiagnostics(console, bank);
        RenderUnassigned(console, bank);
    }

    private static void RenderDiagnostics(IAnsiConsole console, Bank bank)
    {
        if (bank.Diagnostics.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Diagnostics[/] ({bank.Diagnostics.Length})");
        foreach (var diagnostic in bank.Diagnostics)
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

    private static void RenderUnassigned(IAnsiConsole console, Bank bank)
    {
        if (bank.Unassigned.IsEmpty)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Kept aside[/] ({bank.Unassigned.Length}) [grey]text that is not part of an answer, kept word for word[/]");
        foreach (var item in bank.Unassigned)
        {
            var span = item.SourceSpan.StartLine == item.SourceSpan.EndLine
                ? $"line {item.SourceSpan.StartLine}"
                : $"lines {item.SourceSpan.StartLine}–{item.SourceSpan.EndLine}";
            var preview = item.Text.ReplaceLineEndings(" ");
            if (preview.Length > 60)
            {
                preview = preview[..60] + "…";
            }

            console.MarkupLine($"  {span}: “{Markup.Escape(preview)}” [grey]{Markup.Escape(item.Reason)}[/]");
        }
    }

    private static string AnswerKinds(Question question) =>
        question.Answers.IsEmpty
            ? "[grey]none yet[/]"
            : string.Join(", ", question.Answers.GroupBy(a => a.Kind).Select(g => g.Count() == 1 ? Kind(g.Key) : $"{Kind(g.Key)} ×{g.Count()}"));

    private static string Kind(AnswerKind kind) => kind.ToString().ToLowerInvariant();

    private static string Plural(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count} {many ?? one + "s"}";
}
