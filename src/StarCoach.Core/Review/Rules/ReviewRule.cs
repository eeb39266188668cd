using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// One rule of the review catalogue: a stable id, a severity, what it says and how to fix it. A rule reads the
/// shared <see cref="AnswerAnalysis"/> and reports findings; it never re-reads the raw text word by word unless
/// it is about the raw text (artifacts).
/// </summary>
internal abstract class ReviewRule
{
    /// <summary>The stable id from the catalogue (<c>language.hedge</c>).</summary>
    public abstract string Id { get; }

    /// <summary>What the candidate reads instead of the id, in a few plain words (<c>Hedging</c>, <c>No result</c>).</summary>
    public abstract string Name { get; }

    public abstract FindingSeverity Severity { get; }

    /// <summary>What is wrong, when the finding has no more specific message.</summary>
    public abstract string Message { get; }

    /// <summary>How to fix it.</summary>
    public abstract string Hint { get; }

    /// <summary>False when the rule does not apply to this kind of answer (a pitch has no STAR parts).</summary>
    public virtual bool AppliesTo(AnswerAnalysis analysis) => true;

    public abstract void Check(AnswerAnalysis analysis, FindingList findings);
}
