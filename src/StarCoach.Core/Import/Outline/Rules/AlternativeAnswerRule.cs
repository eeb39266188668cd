namespace StarCoach.Core.Import.Outline;

/// <summary>"(or)", "OR", "— or —" between two versions of an answer: the next block starts the second version.</summary>
internal sealed class AlternativeAnswerRule : IOutlineRule
{
    public bool TryRead(OutlineState state, int index, DocumentBlock block)
    {
        if (state.Answer is not { IsEmpty: false } || !OutlinePatterns.IsAlternative(block.Trimmed))
        {
            return false;
        }

        state.CloseAnswer();
        state.KeepAside(index, block, "Separates two versions of the answer.");
        return true;
    }
}
