using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StarCoach.Core.Export.Pdf;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace StarCoach.Testing;

/// <summary>
/// Builds the .docx and PDF version of a plain-text prep document, the way a person would lay it out: category
/// lines as headings, "•" lines as a Word bullet list, STAR labels in bold, blank lines kept. Shared with the
/// benchmarks, whose fuzz run mutates these files.
/// </summary>
internal static class DocumentFixtures
{
    public static byte[] Docx(string text, ISet<string> headings)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 })) { Type = StyleValues.Paragraph, StyleId = "Heading1" },
                new Style(new StyleName { Val = "List Paragraph" }) { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 },
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "◦" }) { LevelIndex = 1 })
                { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });

            var body = new Body();
            foreach (var line in SourceLines.Split(text))
            {
                body.Append(Paragraph(line, headings));
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static byte[] Pdf(string text, ISet<string> headings)
    {
        if (!DejaVuFonts.TryRegister(out var error))
        {
            throw new InvalidOperationException(error);
        }

        var body = PdfLayout.Font(10);
        var heading = PdfLayout.Font(14, bold: true);
        using var layout = new PdfLayout(header: null, "fixture", pageNumbers: false);
        foreach (var line in SourceLines.Split(text))
        {
            if (SourceLines.IsBlank(line))
            {
                layout.Space(PdfLayout.LineHeight(body));
                continue;
            }

            var indent = (line.Length - line.TrimStart().Length) * 2.5;
            layout.Text(line.Trim(), headings.Contains(line.Trim()) ? heading : body, indent);
        }

        using var stream = new MemoryStream();
        layout.Save(stream);
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string line, ISet<string> headings)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return new Paragraph();
        }

        if (headings.Contains(trimmed))
        {
            return new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), Run(trimmed));
        }

        if (trimmed.StartsWith('•'))
        {
            var level = line.Length - line.TrimStart().Length >= 4 ? 1 : 0;
            return new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })),
                Run(trimmed[1..].TrimStart()));
        }

        if (StarLabels.TryFind(line, out var label))
        {
            return new Paragraph(Run(line[..label.ContentStart].TrimEnd(), bold: true), Run(" " + line[label.ContentStart..]));
        }

        return new Paragraph(Run(line));
    }

    private static Run Run(string text, bool bold = false)
    {
        var run = new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold)
        {
            run.PrependChild(new RunProperties(new Bold()));
        }

        return run;
    }
}
