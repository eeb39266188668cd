using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Review;

/// <summary>The review of one answer: what is weak and where, the rubric with its evidence, and the overall score.</summary>
/// <param name="QuestionId">Id of the question the answer belongs to; null for an answer given on its own.</param>
/// <param name="AnswerId">Id of the answer; <c>stdin</c> for an answer read from standard input.</param>
/// <param name="Question">The question text the answer was reviewed against, if any.</param>
/// <param name="Kind">The kind of answer, which sets its word budget and which rules apply.</param>
/// <param name="Findings">What to fix, ordered by position in <see cref="Answer.Text"/>, then by rule id.</param>
/// <param name="Rubric">One score per <see cref="RubricDimension"/>, in declaration order.</param>
/// <param name="Overall">Weighted rubric score from 0 to 100 (weights on <see cref="RubricWeights"/>), no higher than the
/// cap its most serious finding sets (<see cref="Review.ScoreCap"/>).</param>
/// <param name="WordCount">Spoken words: labels such as "Situation:" are not counted.</param>
/// <param name="SpeakingSeconds">Estimated speaking time at <see cref="AnswerReviewer.WordsPerMinute"/> words per minute.</param>
/// <param name="Parts">For a multi-part question, whether the answer covers each part; empty otherwise.</param>
/// <param name="CapReason">Why the score is held below the weighted rubric, in one sentence; null when it is not.</param>
public sealed record AnswerReview(
    string? QuestionId,
    string AnswerId,
    string? Question,
    AnswerKind Kind,
    ImmutableArray<Finding> Findings,
    ImmutableArray<RubricScore> Rubric,
    int Overall,
    int WordCount,
    int SpeakingSeconds,
    ImmutableArray<PartCoverage> Parts,
    string? CapReason = null)
{
    /// <summary>The most severe finding's severity, or null when there are no findings.</summary>
    [JsonIgnore]
    public FindingSeverity? WorstSeverity => Findings.IsEmpty ? null : Findings.Max(f => f.Severity);

    /// <summary>What to fix first: at most <see cref="FixPriority.Count"/> findings, the most severe first, one per rule.</summary>
    public ImmutableArray<Finding> TopFixes => FixPriority.Top(Findings);
}

/// <summary>One thing to fix in an answer, with the text it points at.</summary>
/// <param name="Rule">Stable rule id from the review catalogue (<c>star.result-missing</c>, <c>language.hedge</c> …).</param>
/// <param name="Message">What is wrong, in a sentence.</param>
/// <param name="Hint">How to fix it.</param>
/// <param name="Start">Index of the first character the finding points at in <see cref="Answer.Text"/>.</param>
/// <param name="Length">Number of characters it points at.</param>
/// <param name="Excerpt">The text it points at, shortened to at most <see cref="MaxExcerptChars"/> characters.</param>
public sealed record Finding(string Rule, FindingSeverity Severity, string Message, string Hint, int Start, int Length, string Excerpt)
{
    /// <summary>Longest excerpt kept in a finding.</summary>
    public const int MaxExcerptChars = 120;

    /// <summary>The rule's plain name, shown to the candidate where scripts read <see cref="Rule"/> ("Hedging").</summary>
    public string Name => ReviewWords.RuleName(Rule);

    /// <summary>Most places kept in <see cref="Also"/>.</summary>
    public const int MaxPlaces = 50;

    /// <summary>
    /// The other places the finding counts when its message says how often ("(5×)"): the same phrase used again, the
    /// same kind of paste artifact. Empty for most findings; the first place is <see cref="Start"/>.
    /// </summary>
    public ImmutableArray<FindingPlace> Also { get; init; } = [];

    // By value, places included: a review read back from JSON equals the review it was written from.
    public bool Equals(Finding? other) =>
        other is not null && Rule == other.Rule && Severity == other.Severity && Message == other.Message && Hint == other.Hint
        && Start == other.Start && Length == other.Length && Excerpt == other.Excerpt && Also.SequenceEqual(other.Also);

    public override int GetHashCode() => HashCode.Combine(Rule, Severity, Message, Start, Length);
}

/// <summary>Another place a finding occurs: the characters [Start, Start + Length) of the answer.</summary>
public readonly record struct FindingPlace(int Start, int Length);

/// <summary>How much a finding matters; <c>--fail-on</c> compares against it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<FindingSeverity>))]
public enum FindingSeverity
{
    /// <summary>Polish: worth a look, the answer works without it.</summary>
    Info,

    /// <summary>Weakens the answer in front of an interviewer.</summary>
    Warning,

    /// <summary>Loses the question: the interviewer cannot get the signal they need.</summary>
    Error,
}

/// <summary>The rubric score of one dimension on the 4-level scale, with the evidence behind it.</summary>
/// <param name="Level">1 Poor, 2 Borderline, 3 Solid, 4 Outstanding.</param>
/// <param name="Label">The name of the level.</param>
/// <param name="Evidence">Why: the rules that fired and the cues that were found, in a fixed order.</param>
public sealed record RubricScore(RubricDimension Dimension, int Level, string Label, ImmutableArray<string> Evidence)
{
    /// <summary><see cref="Evidence"/> in plain words, rules by name rather than id, for the candidate to read.</summary>
    public ImmutableArray<string> Why => [.. Evidence.Select(ReviewWords.Evidence)];
}

/// <summary>What the rubric scores.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RubricDimension>))]
public enum RubricDimension
{
    /// <summary>Situation, task, action and result are all there, in proportion.</summary>
    Structure,

    /// <summary>The candidate's own actions and decisions are clear.</summary>
    Ownership,

    /// <summary>The result is stated and measured.</summary>
    Impact,

    /// <summary>The story's reach matches the target level.</summary>
    Scope,

    /// <summary>What the candidate learned or changed.</summary>
    Reflection,

    /// <summary>Length, wording and clean text.</summary>
    Delivery,
}

/// <summary>Whether an answer covers one part of a multi-part question.</summary>
/// <param name="Part">The part of the question, as written.</param>
/// <param name="Covered">True when a sentence of the answer addresses it.</param>
/// <param name="Sentence">The sentence that covers it (shortened like an excerpt); null when not covered.</param>
public sealed record PartCoverage(string Part, bool Covered, string? Sentence);
