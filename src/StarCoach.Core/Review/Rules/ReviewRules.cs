namespace StarCoach.Core.Review.Rules;

/// <summary>The review rule catalogue, in the order of PRODUCT.md's "Review rule catalogue".</summary>
internal static class ReviewRules
{
    public static IReadOnlyList<ReviewRule> All { get; } =
    [
        new SituationMissingRule(),
        new TaskMissingRule(),
        new ActionMissingRule(),
        new ResultMissingRule(),
        new ImbalanceRule(),
        new ResultUnquantifiedRule(),
        new HypotheticalRule(),
        new WeHeavyRule(),
        new TooShortRule(),
        new TooLongRule(),
        new FillerRule(),
        new HedgeRule(),
        new PassiveRule(),
        new ClicheRule(),
        new ArtifactRule(),
        new RepeatedRule(),
        new ReflectionMissingRule(),
        new ScopeBelowLevelRule(),
        new ConfidentialityRiskRule(),
    ];
}
