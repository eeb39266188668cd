namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Rows of a table. In a prep grid ("Question | My story", "Competency | Example", or a row whose first cell asks and
/// whose next cell tells a story) each row is a question with its answer; the header row is kept aside. Rows of any
/// other table belong to the answer they sit in, or are kept aside.
/// </summary>
internal sealed class TableRowRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (block.Kind != BlockKind.TableRow)
        {
            return false;
        }

        if (!block.IsTableHeader && OutlineQueries.IsQuestionRow(state, index) && state.Corrections.For(block.Trimmed) != CorrectionKind.NotQuestion)
        {
            var (question, answer) = TableRows.Split(block);
            state.OpenQuestion(index, question, new QuestionSighting(Confidence.Numbered, "it is a row of a table of questions"));
            if (answer.Length > 0)
            {
                state.StartAnswer(new AnswerDraft(confidence: Confidence.Numbered));
                state.AddToAnswer(block with { Text = answer, Kind = BlockKind.Text, Cells = [], MayHoldLabel = true });
            }

            state.CloseQuestion();
            return true;
        }

        if (state.Answer is { IsEmpty: false } && !block.IsTableHeader)
        {
            state.AddToAnswer(block);
            return true;
        }

        state.KeepAside(index, block, block.IsTableHeader ? "The header of a table." : "A table that is not questions and answers (a cheat sheet or a list of points).");
        return true;
    }
}
