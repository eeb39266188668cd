namespace StarCoach.Core.Review.Analysis;

/// <summary>A word of the answer with what the analysis knows about it (32 bytes: the cues come first for the layout).</summary>
/// <param name="Cues">Kinds the word has on its own (a one-word lexicon entry): "was" is a <see cref="Cue.BeVerb"/>.</param>
/// <param name="Start">Index in the answer text.</param>
/// <param name="WordId">Id of the word in the lexicon's vocabulary, or -1.</param>
/// <param name="Sentence">Index of the sentence the word belongs to.</param>
/// <param name="Hash">Hash of the word folded to lower case: equal words have equal hashes.</param>
internal readonly record struct Token(Cue Cues, int Start, int Length, int WordId, TokenShape Shape, int Sentence, uint Hash)
{
    public int End => Start + Length;

    public bool Has(Cue cue) => (Cues & cue) != 0;

    public bool Is(TokenShape shape) => (Shape & shape) != 0;

    /// <summary>A simple-past or past-participle form: regular "-ed" or listed irregular.</summary>
    public bool IsPastForm => Is(TokenShape.EndsInEd) || Has(Cue.PastVerb | Cue.Participle);
}

/// <summary>What a word looks like, from its characters alone.</summary>
[Flags]
internal enum TokenShape
{
    None = 0,
    Capitalized = 1 << 0,
    AllCaps = 1 << 1,
    Numeric = 1 << 2,
    EndsInEd = 1 << 3,
    EndsInLy = 1 << 4,
    SentenceStart = 1 << 5,
    PronounI = 1 << 6,
    PronounWe = 1 << 7,
    ContractedWould = 1 << 8,
    ContractedWill = 1 << 9,
    ContractedBe = 1 << 10,
    ContractedHave = 1 << 11,
}
