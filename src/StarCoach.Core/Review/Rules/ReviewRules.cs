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
        new NoSpecificInstanceRule(),
        new GenericGuideRule(),
        new WeHeavyRule(),
        new BlamesOthersRule(),
        new TooShortRule(),
        new TooLongRule(),
        new FillerRule(),
        new HedgeRule(),
        new PassiveRule(),
        new ClicheRule(),
        new ArtifactRule(),
        new RepeatedRule(),
        new ReflectionMissingRule(),
        new ProvedRightRule(),
        new ScopeBelowLevelRule(),
        new ConfidentialityRiskRule(),
    ];
}
