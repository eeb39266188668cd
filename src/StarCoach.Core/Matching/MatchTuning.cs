namespace StarCoach.Core.Matching;

/// <summary>
/// How the signals of a match are weighed (chosen by measurement: docs/benchmarks.md, "Match"). Score-level fusion
/// of calibrated signals: cosine similarities of meaning (all on the same −1…1 scale), the probability that the
/// new and the stored question are of the same kind (<see cref="QuestionIntents"/>, 0…1), BM25F divided by the
/// query's best BM25F score (0…1) and competency overlap (0…1), all over vectors whitened against the intent
/// catalogue (<see cref="Whitening"/>: λ of <see cref="IntentSpace"/>; 0 turns it off). A paraphrase is closest to
/// the question a story was prepared for, so the stored question counts most: whole, as its ask (QuestionCore:
/// without "Tell me about a time when you…") and as a kind of question; the story's own best passage and its words
/// count for questions about what happened in it, and the passage carries the whole semantic weight when a story
/// has no question text. Shared words count fully from <see cref="WordsFullAt"/> content words of the question on.
/// The stored vectors are int8 (<see cref="QuantizedRows"/>; false keeps them as floats, the reference that
/// quantisation is measured against).
/// </summary>
internal sealed record MatchTuning(
    float Intent = 1f,
    int IntentNeighbours = 5,
    float IntentTemperature = 0.02f,
    bool IntentFromAsk = false,
    bool PhrasingAsks = false,
    float Passage = 1.5f,
    float Words = 0.6f,
    float Competency = 0.2f,
    float Whitening = 10f,
    int WordsFullAt = 3,
    bool FreeformIntents = true,
    bool QuantizedRows = true)
{
    public static MatchTuning Default { get; } = new();

    /// <summary>The weight of the stored question's cosine; every other weight is relative to it.</summary>
#pragma warning disable CA1822 // A weight among the others, read like them.
    public float Question => 1f;

    /// <summary>The weight of the stored ask's cosine.</summary>
    public float Ask => 1f;
#pragma warning restore CA1822

    /// <summary>The highest fused score: every weight at full similarity.</summary>
    public float TotalWeight => Question + Ask + Passage + Intent + Words + Competency;
}
