using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Export;

/// <summary>
/// Writes a bank as a clean Markdown prep document that imports back to the same questions, categories,
/// answers (kinds and STAR sections) and follow-ups: categories as "##", questions as "###" ("##" outside a
/// category), every line of an
/// answer as its own paragraph, answers apart by two blank lines, compressed versions under their heading,
/// follow-ups under "Follow-up questions". Text kept aside on import is kept at the end under "Notes".
/// </summary>
internal static class MarkdownExporter
{
    /// <summary>Markdown reads four leading spaces as code; answers keep at most this much indentation.</summary>
    private const int MaxIndent = 3;

    public static void Write(Bank bank, TextWriter writer)
    {
        var output = new StringBuilder();
        if (bank.Title is { Length: > 0 } title)
        {
            output.Append("# ").Append(OneLine(title)).Append("\n\n");
        }

        string? category = null;
        foreach (var question in bank.Questions)
        {
            if (question.Category is { } c && c != category)
            {
                output.Append("## ").Append(OneLine(c)).Append("\n\n");
            }

            category = question.Category ?? category;
            var heading = question.Instruction is null ? question.Text : question.Text + " " + question.Instruction;
            // A question outside any category sits at the category level, so it does not fall under the one above.
            output.Append(question.Category is null ? "## " : "### ").Append(OneLine(heading)).Append("\n\n");
            for (var i = 0; i < question.Answers.Length; i++)
            {
                var answer = question.Answers[i];
                if (i > 0)
                {
                    output.Append('\n');
                }

                if (answer.Kind == AnswerKind.Compressed)
                {
                    output.Append("#### ").Append(OneLine(answer.Label ?? "Compressed version")).Append("\n\n");
                }

                Paragraphs(output, answer.Kind == AnswerKind.Compressed && answer.Label is not null ? WithoutLeadingLabel(answer.Text, answer.Label) : answer.Text);
            }

            if (question.FollowUps.Length > 0)
            {
                output.Append("Follow-up questions:\n\n");
                foreach (var followUp in question.FollowUps)
                {
                    output.Append(Escape(OneLine(followUp.Question))).Append("\n\n");
                    if (followUp.Answer is not null)
                    {
                        Paragraphs(output, followUp.Answer.Text);
                    }
                }
            }
        }

        if (!bank.Unassigned.IsEmpty)
        {
            output.Append("## Notes\n\n");
            foreach (var item in bank.Unassigned)
            {
                Paragraphs(output, item.Text);
            }
        }

        writer.Write(output.ToString().TrimEnd('\n'));
        writer.Write('\n');
    }

    private static void Paragraphs(StringBuilder output, string text)
    {
        foreach (var line in SourceLines.Split(text))
        {
            if (SourceLines.IsBlank(line))
            {
                continue;
            }

            var indent = Math.Min(line.Length - line.TrimStart().Length, MaxIndent);
            output.Append(' ', indent).Append(Escape(line.Trim())).Append("\n\n");
        }
    }

    /// <summary>A compressed answer's text repeats its heading line when the source had both on one line; the heading is written once.</summary>
    private static string WithoutLeadingLabel(string text, string label)
    {
        var trimmed = text.TrimStart();
        return trimmed.StartsWith(label, StringComparison.Ordinal) ? trimmed[label.Length..].TrimStart(' ', ':', '\n') : text;
    }

    /// <summary>Escapes what would turn a line into a heading, quote, rule or code fence.</summary>
    private static string Escape(string line) =>
        line.Length > 0 && line[0] is '#' or '>' or '=' or '`' or '~' or '|' || line.StartsWith("---", StringComparison.Ordinal) || line.StartsWith("***", StringComparison.Ordinal)
            ? "\\" + line
            : line;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
