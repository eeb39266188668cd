namespace StarCoach.Core.Review.Analysis;

/// <summary>Whether a STAR part is in the answer, how it was found, and how much of the answer it takes.</summary>
/// <param name="Label">The label that introduced it, when found by label.</param>
/// <param name="Sentences">Sentences assigned to the part.</param>
/// <param name="Words">Words in those sentences.</param>
/// <param name="EvidenceSentence">A sentence that shows the part by its content, or -1.</param>
internal readonly record struct PartPresence(bool Present, string? Label, int Sentences, int Words, int EvidenceSentence)
{
    public bool ByLabel => Label is not null;
}
