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
public sealed partial class PlainTextImporter : IBankImporter
{
    [GeneratedRegex(@"^\s*(?:[-*+•●○◦▪▫■□·‣⁃–—]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]|\([ivxIVX]{1,4}\))\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemRegex();

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
        return ImportResult.Success(PrepDocumentParser.Parse(blocks, document.Name, document.Diagnostics));
    }

    /// <summary>True for a bullet or numbered line ("• …", "1. …", "(a) …").</summary>
    internal static bool IsListItem(string line) => line.Length < 4096 && ListItemRegex().IsMatch(line);

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
            var isListItem = IsListItem(text);
            blocks.Add(new DocumentBlock(text, i + 1, i + 1, blocks.Count == 0 ? 0 : blanks, HeadingLevel: 0, isListItem, MayHoldLabel: true));
            blanks = 0;
        }

        return blocks;
    }
}
