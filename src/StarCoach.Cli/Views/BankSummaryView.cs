using System.Globalization;
using Spectre.Console;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;

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
        RenderLowConfidence(console, bank);

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

    /// <summary>Items read from layout alone, first, so the user checks them before anything else.</summary>
    private static void RenderLowConfidence(IAnsiConsole console, Bank bank)
    {
        var questions = bank.Questions.Where(IsUnsure).ToList();
        var answers = bank.Questions.SelectMany(q => q.Answers.Where(a => ImportConfidence.IsLow(a.Confidence)).Select(a => (Question: q, Answer: a))).ToList();
        if (questions.Count == 0 && answers.Count == 0)
        {
            return;
        }

        console.MarkupLine($"[bold]Check these first[/] ({questions.Count + answers.Count}) [grey]read from the layout alone; correct them in the web app's import summary if they are wrong[/]");
        foreach (var question in questions)
        {
            console.MarkupLine($"  line {question.SourceSpan.StartLine}: question “{Markup.Escape(Shorten(question.Text))}” [grey]because {Markup.Escape(question.Reading ?? "of its layout")}[/]");
        }

        foreach (var (question, answer) in answers)
        {
            console.MarkupLine($"  line {answer.SourceSpan.StartLine}: a new answer to “{Markup.Escape(Shorten(question.Text, 40))}” starts with “{Markup.Escape(Shorten(answer.Text, 40))}” [grey]after a wide gap[/]");
        }

        console.WriteLine();
    }

    private static bool IsUnsure(Question question) => ImportConfidence.IsLow(question.Confidence);

    private static string Shorten(string text, int max = 60)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= max ? line : line[..max].TrimEnd() + "…";
    }

    private static void RenderDiagnostics(IAnsiConsole console, Bank bank)
    {
        // The notes about unsure questions are listed under "Check these first".
        var unsureLines = bank.Questions.Where(IsUnsure).Select(q => q.SourceSpan.StartLine).ToHashSet();
        var diagnostics = bank.Diagnostics.Where(d => !(d.Severity == DiagnosticSeverity.Info && d.Line is { } line && unsureLines.Contains(line))).ToList();
        if (diagnostics.Count == 0)
        {
            return;
        }

        console.WriteLine();
        console.MarkupLine($"[bold]Diagnostics[/] ({diagnostics.Count})");
        foreach (var diagnostic in diagnostics)
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

        // Markup taken out of the text (HTML tags, a fence's language) is counted, not listed.
        var passages = bank.Unassigned.Where(u => !u.IsMarkup).ToList();
        var markup = bank.Unassigned.Length - passages.Count;
        console.WriteLine();
        console.MarkupLine($"[bold]Kept aside[/] ({passages.Count}) [grey]text that is not part of an answer, kept word for word{(markup > 0 ? $"; and {Plural(markup, "piece")} of markup" : string.Empty)}[/]");
        foreach (var item in passages)
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
