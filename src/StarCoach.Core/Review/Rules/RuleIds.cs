namespace StarCoach.Core.Review;

/// <summary>
/// The id of every review rule, one constant each. A rule reports its findings under its id, and the scorer, the
/// score cap and the follow-up probes name rules only through these constants, so an id that no rule has cannot
/// be written (<c>RuleIdTests</c> checks that every constant has its rule and every rule its constant).
/// </summary>
public static class RuleIds
{
    public const string GenericGuide = "answer.generic-guide";

    public const string Hypothetical = "answer.hypothetical";

    public const string NoSpecificInstance = "answer.no-specific-instance";

    public const string ConfidentialityRisk = "confidentiality.risk";

    public const string Cliche = "language.cliche";

    public const string Filler = "language.filler";

    public const string Hedge = "language.hedge";

    public const string Passive = "language.passive";

    public const string TooLong = "length.too-long";

    public const string TooShort = "length.too-short";

    public const string BlamesOthers = "ownership.blames-others";

    public const string WeHeavy = "ownership.we-heavy";

    public const string ReflectionMissing = "reflection.missing";

    public const string ProvedRight = "reflection.proved-right";

    public const string ResultUnquantified = "result.unquantified";

    public const string ScopeBelowLevel = "scope.below-level";

    public const string ActionMissing = "star.action-missing";

    public const string Imbalance = "star.imbalance";

    public const string ResultMissing = "star.result-missing";

    public const string SituationMissing = "star.situation-missing";

    public const string TaskMissing = "star.task-missing";

    public const string Artifact = "text.artifact";

    public const string Repeated = "text.repeated";
}
