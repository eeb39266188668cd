using StarCoach.Core.Banks;
using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Review;

/// <summary>
/// One row of a rule's example table: an answer, written for a profession, that must or must not get the rule's
/// finding when reviewed against the question at the level.
/// </summary>
/// <param name="Kind">Overrides the kind read from the text (compressed answers cannot be told from their text).</param>
public sealed record RuleExample(
    string Rule,
    string Profession,
    bool Fires,
    string Answer,
    string? Question = null,
    TargetLevel Level = TargetLevel.Senior,
    AnswerKind? Kind = null)
{
    public override string ToString() =>
        $"{Rule} {(Fires ? "fires" : "stays quiet")} ({Profession}): {(Answer.Length > 60 ? Answer[..60] + "…" : Answer)}";
}

/// <summary>Builds the rows of one rule's table.</summary>
/// <param name="Rule">The rule id every row is about.</param>
public sealed record RuleTable(string Rule)
{
    public RuleExample Fires(string profession, string answer, string? question = null, TargetLevel level = TargetLevel.Senior, AnswerKind? kind = null) =>
        new(Rule, profession, true, answer, question, level, kind);

    public RuleExample Quiet(string profession, string answer, string? question = null, TargetLevel level = TargetLevel.Senior, AnswerKind? kind = null) =>
        new(Rule, profession, false, answer, question, level, kind);
}
