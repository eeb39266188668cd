namespace StarCoach.Core.Review.Analysis;

/// <summary>A phrase of the lexicon found in an answer: its first token, how many tokens it spans, and its kinds.</summary>
internal readonly record struct CueHit(int FirstToken, int TokenCount, Cue Cues)
{
    public int EndToken => FirstToken + TokenCount;
}
