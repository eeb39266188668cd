using System.Text;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Import.PlainText;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace StarCoach.Core.Import.Pdf;

/// <summary>
/// Reads the text of a PDF with its layout: words (blank ones dropped) are grouped into lines by baseline,
/// lines into paragraphs when a line runs to the right margin and the next one follows at normal spacing,
/// wider gaps become blank lines, and lines set larger than the body text become headings (largest = level 1).
/// A block's line numbers are extracted line numbers: the lines of text in reading order, page after page.
/// </summary>
internal static class PdfBlockReader
{
    /// <summary>Most pages read; a prep document or résumé is far shorter, a 500-page book is refused.</summary>
    public const int MaxPages = 300;

    /// <summary>Most characters of text taken from a document.</summary>
    public const int MaxTextChars = 5_000_000;

    /// <summary>A line this much larger than the body text is a heading.</summary>
    private const double HeadingScale = 1.15;

    /// <summary>Words whose baselines differ by less than this share of the font size are on one line.</summary>
    private const double SameLineTolerance = 0.35;

    private sealed record Line(string Text, double Left, double Right, double Baseline, double Size, double FirstWordWidth, double SpaceWidth, int Page);

    public static List<DocumentBlock>? Read(ReadOnlyMemory<byte> bytes, out string error)
    {
        error = string.Empty;
        var budget = new PdfDecodeBudget();
        List<Line> lines;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = budget });
            if (budget.Broken is { } brokenWhileOpening)
            {
                error = brokenWhileOpening;
                return null;
            }

            if (document.NumberOfPages > MaxPages)
            {
                error = $"has {document.NumberOfPages} pages, over the {MaxPages}-page limit; export only the pages with your prep (or résumé) to a new PDF and import that.";
                return null;
            }

            if (document.Structure.CrossReferenceTable.ObjectOffsets.Count > PdfDecodeBudget.MaxObjects)
            {
                throw budget.Refuse($"has {document.Structure.CrossReferenceTable.ObjectOffsets.Count:N0} objects inside, over the {PdfDecodeBudget.MaxObjects:N0} limit for a prep document");
            }

            // Every page is weighed before PdfPig draws one, so a bomb is refused before memory is spent on it.
            new PdfContentCheck(document, budget).Check();
            lines = [];
            var chars = 0;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                if (budget.Broken is { } broken)
                {
                    error = broken;
                    return null;
                }

                foreach (var line in LinesOf(page, number))
                {
                    chars += line.Text.Length;
                    if (chars > MaxTextChars)
                    {
                        error = $"holds more than {MaxTextChars / 1_000_000} million characters of text, far beyond a prep document; split it and import the parts.";
                        return null;
                    }

                    lines.Add(line);
                }
            }
        }
        catch (PdfLimitException e)
        {
            error = e.Message;
            return null;
        }
        catch (PdfDocumentEncryptedException)
        {
            error = "is password-protected; open it, save or print it as a PDF without a password (or copy the text into a .txt file), and import that.";
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports damaged files with many exception types, and may wrap the one that refused a stream.
            error = budget.Broken ?? "cannot be read as a PDF (the file is damaged or not really a PDF); export it to PDF again, or copy the text into a .txt file.";
            return null;
        }

        return ToBlocks(lines);
    }

    private static IEnumerable<Line> LinesOf(Page page, int pageNumber)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(ControlCharacters.Remove(w.Text)) && w.Letters.Count > 0).ToList();
        var rows = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.Letters[0].StartBaseLine.Y).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = word.Letters[0].StartBaseLine.Y;
            var size = Size(word);
            var row = rows.Count > 0 && Math.Abs(rows[^1][0].Letters[0].StartBaseLine.Y - baseline) <= size * SameLineTolerance ? rows[^1] : null;
            if (row is null)
            {
                rows.Add(row = []);
            }

            row.Add(word);
        }

        foreach (var row in rows)
        {
            row.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            var text = new StringBuilder();
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                text.Append(ControlCharacters.Remove(row[i].Text));
            }

            var size = row.Max(Size);
            yield return new Line(text.ToString(), row[0].BoundingBox.Left, row[^1].BoundingBox.Right, row[0].Letters[0].StartBaseLine.Y, size, row[0].BoundingBox.Width, SpaceWidth(row, size), pageNumber);
        }
    }

    private static double Size(Word word) => word.Letters.Max(l => l.PointSize);

    private static double SpaceWidth(List<Word> row, double size)
    {
        // The gap between words is a space in the font used; without two words, a third of the font size is typical.
        var gaps = new List<double>();
        for (var i = 1; i < row.Count; i++)
        {
            gaps.Add(row[i].BoundingBox.Left - row[i - 1].BoundingBox.Right);
        }

        return gaps.Count > 0 ? Math.Max(0.1, gaps.Order().ElementAt(gaps.Count / 2)) : size * 0.3;
    }

    private static List<DocumentBlock> ToBlocks(List<Line> lines)
    {
        var blocks = new List<DocumentBlock>();
        if (lines.Count == 0)
        {
            return blocks;
        }

        var body = lines.GroupBy(l => Math.Round(l.Size * 2) / 2).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var headingSizes = lines.Select(l => Math.Round(l.Size * 2) / 2).Where(s => s >= body * HeadingScale).Distinct().OrderDescending().ToList();
        var leftMargin = lines.Where(l => Math.Abs(l.Size - body) < 0.5).Select(l => l.Left).DefaultIfEmpty(lines.Min(l => l.Left)).Min();
        var rightMargin = lines.Select(l => l.Right).Max();
        var spacing = NormalSpacing(lines, body);

        var text = new StringBuilder();
        var start = 0;
        var blanks = 0;
        var level = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var lineLevel = headingSizes.IndexOf(Math.Round(line.Size * 2) / 2) + 1;
            var continues = i > 0 && text.Length > 0 && Continues(lines[i - 1], line, lineLevel, level, spacing, rightMargin);
            if (continues)
            {
                text.Append(' ').Append(line.Text);
                continue;
            }

            if (text.Length > 0)
            {
                Add(blocks, text.ToString(), start, i, blanks, level);
            }

            blanks = i == 0 ? 0 : BlankLines(lines[i - 1], line, spacing);
            start = i + 1;
            level = lineLevel;
            text.Clear();
            var indent = (int)Math.Round(Math.Max(0, line.Left - leftMargin) / Math.Max(1, body));
            text.Append(new string(' ', 2 * Math.Min(indent, 8))).Append(line.Text);
        }

        Add(blocks, text.ToString(), start, lines.Count, blanks, level);
        return blocks;
    }

    private static void Add(List<DocumentBlock> blocks, string text, int startLine, int endLine, int blanks, int level)
    {
        var isListItem = level == 0 && PlainTextImporter.IsListItem(text);
        blocks.Add(new DocumentBlock(text, startLine, endLine, blocks.Count == 0 ? 0 : blanks, level, isListItem, MayHoldLabel: true));
    }

    /// <summary>True when <paramref name="next"/> carries on the paragraph of <paramref name="previous"/>: wrapped, not a new item.</summary>
    private static bool Continues(Line previous, Line next, int nextLevel, int level, double spacing, double rightMargin)
    {
        // A bullet or a STAR label ("Result: …", "R – …") opens a block even when the line above runs to the margin,
        // as it does when a page break swallowed the blank line between them. Initials count as if a story were
        // under way: a line that is not joined stays a line, which loses nothing.
        if (nextLevel != level || Math.Abs(previous.Size - next.Size) > 0.5 || PlainTextImporter.IsListItem(next.Text)
            || (char.IsUpper(next.Text[0]) && StarLabels.TryFind(next.Text, out _, StarRole.Situation)) || IsLeadIn(next.Text)
            || (EndsSentence(previous.Text) && PromptPhrases.StartsLikePrompt(next.Text)))
        {
            return false;
        }

        var samePage = previous.Page == next.Page;
        if (samePage && (previous.Baseline - next.Baseline) > spacing * 1.4)
        {
            return false;
        }

        // The previous line broke because the next word did not fit: it reaches the margin.
        return previous.Right + previous.SpaceWidth + next.FirstWordWidth > rightMargin - 1;
    }

    // "Answer:", "Key points:": a short capitalised line ending in a colon introduces what follows, where a wrapped
    // line would go on in lower case ("… the following\nactions:").
    private static bool IsLeadIn(string text)
    {
        var trimmed = text.TrimEnd();
        return char.IsUpper(trimmed[0]) && trimmed.EndsWith(':') && trimmed.Count(c => c == ' ') < 3;
    }

    // "… down from six the year before." then "Describe a time you …": a new question, not the sentence wrapping.
    // A pattern, not EndsWith(['.', '?', '!']): that reads as the three-character suffix ".?!" and never matched.
    private static bool EndsSentence(string text) => text.TrimEnd().TrimEnd('"', '”', '’', ')') is [.., '.' or '?' or '!'];

    private static int BlankLines(Line previous, Line next, double spacing)
    {
        if (previous.Page != next.Page)
        {
            return 1;
        }

        var gap = previous.Baseline - next.Baseline;
        return Math.Clamp((int)Math.Round(gap / spacing) - 1, 0, 4);
    }

    /// <summary>The usual distance between baselines of consecutive body lines.</summary>
    private static double NormalSpacing(List<Line> lines, double body)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Baseline - lines[i].Baseline;
            if (lines[i].Page == lines[i - 1].Page && gap > 0 && Math.Abs(lines[i].Size - body) < 0.5)
            {
                gaps.Add(Math.Round(gap, 1));
            }
        }

        return gaps.Count == 0 ? body * 1.2 : gaps.GroupBy(g => g).MaxBy(g => g.Count())!.Key;
    }
}
