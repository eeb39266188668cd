using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Tables people prepare with: a grid whose rows are a question (or topic, competency) and its answer (story, example,
/// "lead with"), read row by row. A table whose header names no such columns is read the same way only where a row's
/// first cell asks and a later cell tells a story; any other table (a STAR cheat sheet, do and don't) is not questions.
/// </summary>
internal static partial class TableRows
{
    [GeneratedRegex(@"^\W*(?:(?:the\s+|interview\s+|behaviou?ral\s+|sample\s+|common\s+|likely\s+)?(?:questions?|prompts?|q|topics?|competenc(?:y|ies)|behaviou?rs?|lps?|(?:leadership\s+)?principles?|themes?|scenarios?|categor(?:y|ies)|skills?|criteri(?:on|a)|capabilit(?:y|ies)|problem|challenge))\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionColumnRegex();

    [GeneratedRegex(@"^\W*(?:(?:my|the|sample|example|short|full|star)\s+)?(?:answers?|stor(?:y|ies)|examples?|responses?|lead\s+with|use|evidence|star|situation|notes?|what\s+i\s+(?:did|said)|how\s+i\s+(?:answered|handled)|talking\s+points?|outline|a)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerColumnRegex();

    /// <summary>True when the row at <paramref name="index"/> is a question with (perhaps) its answer.</summary>
    public static bool IsQuestionRow(IReadOnlyList<DocumentBlock> blocks, int index, DocumentBlock row)
    {
        if (row.Cells.Length < 2 || row.Cells[0].Trim().Length < 3)
        {
            return false;
        }

        var header = HeaderOf(blocks, index);
        if (header is not null)
        {
            if (IsPrepGrid(header))
            {
                return true;
            }

            if (header.Cells.Length > 0 && !QuestionColumnRegex().IsMatch(header.Cells[0]) && QuestionReading.Read(header.Cells[0]) == Asks.No
                && !string.IsNullOrWhiteSpace(header.Cells[0]))
            {
                return false;
            }
        }

        return QuestionReading.Read(row.Cells[0]) == Asks.Yes && row.Cells.Skip(1).Any(Voice.Narrates);
    }

    /// <summary>The question of a question row, and its answer (the other cells that hold text, joined).</summary>
    public static (string Question, string Answer) Split(DocumentBlock row) =>
        (QuestionLabels.Unquote(row.Cells[0].Trim()), string.Join("\n", row.Cells.Skip(1).Select(c => c.Trim()).Where(c => c.Length > 0)));

    private static bool IsPrepGrid(DocumentBlock header) =>
        header.Cells.Length >= 2 && QuestionColumnRegex().IsMatch(header.Cells[0]) && header.Cells.Skip(1).Any(c => AnswerColumnRegex().IsMatch(c));

    private static DocumentBlock? HeaderOf(IReadOnlyList<DocumentBlock> blocks, int index)
    {
        for (var j = index; j >= 0 && blocks[j].Kind == BlockKind.TableRow; j--)
        {
            if (blocks[j].IsTableHeader)
            {
                return blocks[j];
            }
        }

        return null;
    }
}
