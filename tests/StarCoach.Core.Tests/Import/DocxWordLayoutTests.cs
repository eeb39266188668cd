using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StarCoach.Core.Import;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StarCoach.Core.Tests.Import;

/// <summary>
/// A .docx laid out the way Word users write: Title and Heading styles, no empty paragraphs (spacing comes from
/// the styles), labels in bold on a line of their own or in front of their text.
/// </summary>
public sealed class DocxWordLayoutTests
{
    /// <summary>A paragraph in <paramref name="style"/> (none when empty) made of runs, some in bold.</summary>
    private static Paragraph Para(string style, params (string Text, bool Bold)[] runs)
    {
        var paragraph = new Paragraph();
        if (style.Length > 0)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        foreach (var (text, bold) in runs)
        {
            var run = new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    [Fact]
    public void Import_WordStylesWithoutEmptyParagraphs_GivesCategoriesQuestionsAndSections()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "heading 2" }, new StyleParagraphProperties(new OutlineLevel { Val = 1 })) { Type = StyleValues.Paragraph, StyleId = "Heading2" },
                new Style(new StyleName { Val = "Title" }) { Type = StyleValues.Paragraph, StyleId = "Title" });
            var body = new Body(
                Para("Title", ("Interview prep – Sam Lee, Data Engineer", false)),
                Para("", ("Panel on Thursday. Keep answers under three minutes.", false)),
                Para("Heading1", ("Ownership", false)),
                Para("Heading2", ("Tell me about a time you took ownership of a broken pipeline", false)),
                Para("", ("Situation", true)),
                Para("", ("Our nightly billing pipeline failed three nights in a row and finance could not close the month.", false)),
                Para("", ("Task", true)),
                Para("", ("Nobody owned it since the original author left; I volunteered to fix it for good.", false)),
                Para("", ("Action", true)),
                Para("", ("I traced the failures to a schema change upstream, added contract tests and an alert, and wrote the runbook.", false)),
                Para("", ("Result", true)),
                Para("", ("No failures in the next six months, and month-end close moved from day 5 to day 3.", false)),
                Para("Heading2", ("Describe a time you disagreed with your manager", false)),
                Para("", ("Situation: ", true), ("My manager wanted to migrate to a new warehouse in one quarter.", false)),
                Para("", ("Task: ", true), ("I owned the migration plan.", false)),
                Para("", ("Action: ", true), ("I showed him a risk table and proposed two phases; we agreed on the phased plan.", false)),
                Para("", ("Result: ", true), ("We migrated in two quarters with zero data loss.", false)),
                Para("Heading1", ("Teamwork", false)),
                Para("Heading2", ("Give an example of helping a struggling teammate", false)),
                Para("", ("A new graduate on my team kept missing code review deadlines. I paired with him twice a week for a month and he now reviews for the whole team.", false)));
            main.Document = new Document(body);
        }

        var bank = new BankImporter().Import("prep.docx", stream.ToArray()).Bank!;

        Assert.Equal("Interview prep – Sam Lee, Data Engineer", bank.Title);
        Assert.Equal(
            [
                "Ownership | Tell me about a time you took ownership of a broken pipeline | Star:Situation,Task,Action,Result",
                "Ownership | Describe a time you disagreed with your manager | Star:Situation,Task,Action,Result",
                "Teamwork | Give an example of helping a struggling teammate | Freeform:",
            ],
            bank.Questions.Select(q => $"{q.Category} | {q.Text} | {string.Join("; ", q.Answers.Select(a => a.Kind + ":" + string.Join(",", a.Sections.Select(s => s.Label))))}"));
        Assert.Contains(bank.Unassigned, u => u.Text == "Panel on Thursday. Keep answers under three minutes.");
        Assert.Contains("month-end close moved from day 5 to day 3", bank.Questions[0].Answers[0].Text, StringComparison.Ordinal);
    }
}
