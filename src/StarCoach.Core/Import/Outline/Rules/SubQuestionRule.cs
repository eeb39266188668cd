namespace StarCoach.Core.Import.Outline;

/// <summary>"a) How did you prepare for the conversation?" right under a question, before any answer: a part of it.</summary>
internal sealed class SubQuestionRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        var question = state.Question!;
        if (state.Answer is not null || question.HasContent || !OutlinePatterns.SubQuestionRegex().IsMatch(block.Trimmed))
        {
            return false;
        }

        question.SubQuestions.Add(block);
        question.EndLine = block.EndLine;
        return true;
    }
}
