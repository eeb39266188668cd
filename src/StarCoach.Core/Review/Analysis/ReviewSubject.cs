using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Review.Analysis;

/// <summary>What is being reviewed: the answer's text and sections, its kind, and the question it answers.</summary>
/// <param name="Question">The question text (with its instruction, if any); null when reviewed on its own.</param>
/// <param name="Parts">The parts of a multi-part question; empty for a single ask.</param>
/// <param name="IsFollowUp">True for the answer to an interviewer's follow-up probe: an explanation, not a story.</param>
/// <param name="Heading">The heading that introduced the answer ("Compressed version"), when the text starts with it: not spoken.</param>
/// <param name="Regions">The spoken regions when already known (an answer parsed from text); else found from the sections.</param>
internal sealed record ReviewSubject(
    string Text,
    ImmutableArray<AnswerSection> Sections,
    AnswerKind Kind,
    string? Question,
    ImmutableArray<string> Parts,
    bool IsFollowUp,
    string? Heading = null,
    IReadOnlyList<TextRegion>? Regions = null);
