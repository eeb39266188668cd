using System.Globalization;
using PdfSharp.Drawing;
using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;

namespace StarCoach.Core.Export.Pdf;

/// <summary>
/// The printable cheat sheet: a title, then per group (competency or category) each question in bold with the
/// compressed answer if there is one, else its STAR skeleton (a label and the key clause per section), and its
/// key figures. A question never splits across pages unless it is longer than a page.
/// </summary>
internal static class CheatSheetPdf
{
    private const double IndentBody = 12;

    private static readonly XColor Accent = XColor.FromArgb(31, 78, 121);
    private static readonly XBrush AccentBrush = new XSolidBrush(Accent);
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(90, 90, 90));
    private static readonly XBrush FigureBrush = new XSolidBrush(XColor.FromArgb(140, 60, 0));

    public static void Write(Bank bank, Stream stream)
    {
        var title = bank.Title ?? Path.GetFileNameWithoutExtension(bank.Source);
        var claims = ClaimExtractor.Extract(bank).ToLookup(c => c.Location.AnswerId);
        using var layout = new PdfLayout($"StarCoach cheat sheet · {title}", title);

        var titleFont = PdfLayout.Font(18, bold: true);
        var groupFont = PdfLayout.Font(12.5, bold: true);
        var questionFont = PdfLayout.Font(10, bold: true);
        var bodyFont = PdfLayout.Font(8.8);
        var labelFont = PdfLayout.Font(8.8, bold: true);
        var noteFont = PdfLayout.Font(8, italic: true);

        layout.Text(title, titleFont, brush: AccentBrush);
        var answered = bank.Questions.Count(q => !q.Answers.IsEmpty);
        layout.Text($"{answered} of {bank.Questions.Length} questions with a prepared answer · compressed version where you have one, otherwise the STAR skeleton · from {bank.Source}", noteFont, brush: Muted);
        layout.Space(10);

        var number = 0;
        foreach (var (group, questions) in CheatSheetGroups.Of(bank))
        {
            // A group heading never sits alone at the foot of a page: it moves with its first question.
            var first = questions[0];
            layout.KeepTogether(PdfLayout.LineHeight(groupFont) + 16 + Height(first, number + 1));
            layout.Space(4);
            layout.Text(group, groupFont, brush: AccentBrush);
            layout.Rule(Accent);
            layout.Space(2);
            foreach (var question in questions)
            {
                number++;
                var lines = Lines(question, StarSkeleton.Preferred(question), claims);
                var numberText = number.ToString(CultureInfo.InvariantCulture) + ". ";
                layout.KeepTogether(Height(question, number));
                layout.Text(question.Text, questionFont, label: (numberText.TrimEnd(), questionFont, AccentBrush));
                foreach (var line in lines)
                {
                    layout.Text(line.Text, line.Font, IndentBody, line.Brush, line.Label is null ? null : (line.Label, labelFont, AccentBrush));
                }

                layout.Space(7);
            }
        }

        layout.Save(stream);

        double Height(Question question, int n) =>
            layout.Measure(n.ToString(CultureInfo.InvariantCulture) + ". " + question.Text, questionFont)
            + Lines(question, StarSkeleton.Preferred(question), claims).Sum(l => layout.Measure(l.Text, l.Font, IndentBody, l.Label is null ? 0 : layout.MeasureWidth(l.Label + " ", labelFont))) + 8;

        List<(string? Label, string Text, XFont Font, XBrush Brush)> Lines(Question question, Answer? answer, ILookup<string?, Claim> byAnswer)
        {
            var lines = new List<(string?, string, XFont, XBrush)>();
            if (answer is null)
            {
                lines.Add((null, "No answer prepared yet.", noteFont, Muted));
                return lines;
            }

            if (answer.Kind == AnswerKind.Compressed)
            {
                // The compressed version is what to say, so it is shown whole: by section when it has them.
                lines.Add((null, "Compressed version (60–90 s):", noteFont, Muted));
                if (answer.Sections.Length > 0)
                {
                    foreach (var section in answer.Sections)
                    {
                        lines.Add((Initial(section.Label), section.Text.ReplaceLineEndings(" "), bodyFont, XBrushes.Black));
                    }
                }
                else
                {
                    var text = answer.Label is not null && answer.Text.StartsWith(answer.Label, StringComparison.Ordinal) ? answer.Text[answer.Label.Length..].Trim() : answer.Text;
                    lines.Add((null, text.ReplaceLineEndings(" "), bodyFont, XBrushes.Black));
                }
            }
            else
            {
                foreach (var (label, line) in StarSkeleton.Of(answer))
                {
                    lines.Add((label.Length > 0 ? Initial(label) : null, line, bodyFont, XBrushes.Black));
                }
            }

            var figures = StarSkeleton.Figures(question, answer, byAnswer);
            if (figures.Count > 0)
            {
                lines.Add(("Figures:", string.Join("  ·  ", figures), bodyFont, FigureBrush));
            }

            if (question.Answers.Length > 1)
            {
                lines.Add((null, $"{question.Answers.Length - 1} more answer{(question.Answers.Length > 2 ? "s" : "")} in the bank.", noteFont, Muted));
            }

            return lines;
        }
    }

    /// <summary>"Situation" → "S ·"; other labels ("Opportunity") are written out.</summary>
    private static string Initial(string label) => label.ToLowerInvariant() switch
    {
        "situation" => "S",
        "task" => "T",
        "action" or "actions" => "A",
        "result" or "results" => "R",
        _ => label + ":",
    };
}
