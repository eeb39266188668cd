using StarCoach.Core.Import;
using StarCoach.Core.Import.Outline;

namespace StarCoach.Benchmarks;

/// <summary>
/// The import lab's trace: which outline rule read each block of a document, with the block's lines, heading rank and
/// how it reads as a question. For working on a layout import gets wrong, never for users.
/// </summary>
internal static class ImportTrace
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length == 0)
        {
            output.WriteLine("usage: import-trace FILE");
            return 2;
        }

        PrepDocumentParser.Trace = (state, index, block, rule) =>
        {
            var text = block.Text.Trim().Replace("\n", "\\n", StringComparison.Ordinal);
            var flags = string.Concat(
                block.IsListItem ? "L" : "-",
                block.IsEmphasized ? "B" : "-",
                block.IsSummary ? "S" : "-",
                block.IsQuote ? "Q" : "-",
                block.Fence > 0 ? "F" : "-",
                block.Kind == BlockKind.Text ? string.Empty : "[" + block.Kind + "]");
            var shape = state.Shape;
            var facts = string.Concat(
                "r", shape.RankAt(index).ToString(System.Globalization.CultureInfo.InvariantCulture),
                " ", shape.AsksAt(index).ToString()[..2],
                shape.InQuestionList(index) ? " list" : string.Empty,
                shape.IsPeerQuestion(index) ? " peer" : string.Empty,
                shape.IsStoryTitle(index) ? " title" : string.Empty,
                shape.HasLabelAt(index) ? " label" : string.Empty);
            output.WriteLine($"{index,4} {block.StartLine,4}-{block.EndLine,-4} b{block.BlankLinesBefore} h{block.HeadingLevel} {flags,-6} {facts,-16} {rule.GetType().Name,-22} {text[..Math.Min(text.Length, 90)]}");
        };
        var result = new BankImporter().ImportFile(args[0]);
        output.WriteLine(result.Succeeded ? $"{result.Bank.Questions.Length} questions" : result.Error);
        return 0;
    }
}
