namespace StarCoach.Core.Review.Analysis;

/// <summary>A sentence of the answer: where it is, its words (a range of the analysis tokens) and what it says.</summary>
internal readonly record struct Sentence(SentenceSpan Span, int FirstToken, int TokenCount, SentenceFacts Facts)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public int EndToken => FirstToken + TokenCount;
}
