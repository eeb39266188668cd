using System.Text.RegularExpressions;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Import.QuestionSite;
using StarCoach.Core.Text;

namespace StarCoach.Core.Import.PlainText;

/// <summary>
/// Reads plain-text prep documents: category headings, question lines, STAR-labelled or free-form answers,
/// follow-ups and compressed versions. Question-site pages ("Quick Answer: …", "Solution") are recognised
/// by their shape and handed to <see cref="QuestionSitePageImporter"/>.
/// </summary>
public sealed partial class PlainTextImporter : IBankImporter, IBlockReader
{
    [GeneratedRegex(@"^\s*(?:[-*+•●○◦▪▫■□·‣⁃–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\([ivxIVX]{1,4}\))\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemRegex();

    // Headings marked up in plain text: "# Leadership", "== Teamwork ==", "--- Conflict ---", "~~ Failure ~~".
    [GeneratedRegex(@"^\s*(?:(?<hashes>\#{1,6})\s+(?<text>[^\s\#].*?)(?:\s+\#+)?|(?<rule>={2,}|-{2,}|~{2,})\s*(?<text>[^\s=~\-].*?)\s*\k<rule>)\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkedHeadingRegex();

    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Text;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var lines = SourceLines.Split(document.Text);
        if (QuestionSitePageImporter.Recognises(lines))
        {
            return QuestionSitePageImporter.Import(document, lines);
        }

        var blocks = ToBlocks(lines);
        return ImportResult.Success(PrepDocumentParser.Parse(blocks, document.Name, document.Diagnostics, document.Corrections));
    }

    List<DocumentBlock>? IBlockReader.ReadBlocks(SourceDocument document, out string error)
    {
        error = string.Empty;
        return ToBlocks(SourceLines.Split(document.Text));
    }

    /// <summary>True for a bullet or numbered line ("• …", "1. …", "(a) …"), but not a numbered STAR label ("1) Situation").</summary>
    internal static bool IsListItem(string line) =>
        line.Length < 4096 && (ListItemRegex().IsMatch(line) || ListMarker.IsPastedBullet(line))
        && !(char.IsAsciiDigit(line.TrimStart()[0]) && StarLabels.TryFind(line, out _, StarRole.Situation));

    internal static List<DocumentBlock> ToBlocks(IReadOnlyList<string> lines)
    {
        var blocks = new List<DocumentBlock>(lines.Count);
        var blanks = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (SourceLines.IsBlank(line))
            {
                blanks++;
                continue;
            }

            var text = line.TrimEnd();
            var headingLevel = MarkedHeadingLevel(text, out var headingText);
            if (headingLevel > 0)
            {
                blocks.Add(new DocumentBlock(headingText, i + 1, i + 1, blocks.Count == 0 ? 0 : blanks, headingLevel, IsListItem: false, MayHoldLabel: false));
                blanks = 0;
                continue;
            }

            var isListItem = IsListItem(text);
            blocks.Add(new DocumentBlock(text, i + 1, i + 1, blocks.Count == 0 ? 0 : blanks, HeadingLevel: 0, isListItem, MayHoldLabel: true));
            blanks = 0;
        }

        return blocks;
    }

    /// <summary>
    /// The level of a heading marked up in plain text (1–6 for "#"s, 1 for "== … ==", 2 for "-- … --", 3 for
    /// "~~ … ~~") with its words, or 0 for any other line. Long lines are sentences, not headings.
    /// </summary>
    private static int MarkedHeadingLevel(string line, out string text)
    {
        text = line;
        if (line.Length > 200)
        {
            return 0;
        }

        var match = MarkedHeadingRegex().Match(line);
        if (!match.Success || !match.Groups["text"].Value.Any(char.IsLetter))
        {
            return 0;
        }

        text = match.Groups["text"].Value;
        var hashes = match.Groups["hashes"];
        return hashes.Success ? hashes.Length : match.Groups["rule"].Value[0] switch { '=' => 1, '-' => 2, _ => 3 };
    }
}
