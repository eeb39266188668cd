using System.Collections.Immutable;

namespace StarCoach.Core.Import.Outline;

/// <summary>Reads a question typed by the user (outside a document) the way import reads question lines.</summary>
public static class QuestionText
{
    /// <summary>The question without its instruction suffix, the instruction, and the parts of a multi-part prompt.</summary>
    public static (string Text, string? Instruction, ImmutableArray<string> Parts) Parse(string question)
    {
        var (text, instruction) = PromptPhrases.SplitInstruction(question);
        return (text, instruction, PromptPhrases.SplitParts(text));
    }
}
