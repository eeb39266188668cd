using System.Text.Json.Serialization;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;

namespace StarCoach.Core.Practice.Probes;

/// <summary>Where a follow-up probe comes from.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProbeOrigin>))]
public enum ProbeOrigin
{
    /// <summary>A weak spot of the attempt: a review rule that fired.</summary>
    Rule,

    /// <summary>The story's own content: a decision, a team size, a named system, a figure.</summary>
    Story,

    /// <summary>An extra <see cref="IProbeSource"/> (an optional language model).</summary>
    Extra,
}

/// <summary>A follow-up question an interviewer would ask after the answer.</summary>
/// <param name="Text">The question, ready to show.</param>
/// <param name="Basis">What it is grounded in: the rule id (<c>result.unquantified</c>) or the words of the story it picks up.</param>
public sealed record Probe(string Text, ProbeOrigin Origin, string Basis);

/// <summary>What a probe source may read to propose probes.</summary>
/// <param name="Prepared">The prepared answer the attempt is compared with.</param>
/// <param name="AttemptText">What the candidate said.</param>
/// <param name="Review">The review of the attempt (its findings name the weak spots).</param>
/// <param name="Recall">What the attempt kept of the prepared story.</param>
public sealed record ProbeContext(Question Question, Answer Prepared, string AttemptText, AnswerReview Review, RecallReport Recall)
{
    /// <summary>The prepared story as recall read it, so the built-in sources need not read it again.</summary>
    internal StoryReading? PreparedReading { get; init; }
}

/// <summary>
/// Proposes follow-up probes for an attempt. The built-in sources are deterministic (review rules, story content);
/// another source, such as a language model, can be added to the <see cref="PracticeCoach"/> and is never required.
/// Proposals must be quick and must not throw for ordinary input; a source with nothing to ask returns none.
/// </summary>
public interface IProbeSource
{
    /// <summary>Probes for the attempt, best first.</summary>
    IEnumerable<Probe> Propose(ProbeContext context);
}
