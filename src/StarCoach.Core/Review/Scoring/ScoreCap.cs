namespace StarCoach.Core.Review;

/// <summary>
/// The ceiling a finding puts on the overall score, as a coach grades: an answer that is not one real story of the
/// candidate's (a guide, a plan, generalities, a story built on blame) cannot score as a usable answer, and one a
/// coach would send back (no scene, no action, no result, the team's part and not the candidate's, "I was right" with no
/// lesson, far from its length budget, buried in paste artifacts) cannot score as a good one, however well the rest
/// is told.
/// </summary>
public static class ScoreCap
{
    /// <summary>The highest score of an answer that is not a usable story.</summary>
    public const int NotUsable = 40;

    /// <summary>The highest score of an answer a coach would send back.</summary>
    public const int SendBack = 65;

    private static readonly string[] NotUsableRules = [RuleIds.GenericGuide, RuleIds.Hypothetical, RuleIds.NoSpecificInstance, RuleIds.BlamesOthers];

    private static readonly string[] SendBackRules = [RuleIds.SituationMissing, RuleIds.ActionMissing, RuleIds.ResultMissing, RuleIds.WeHeavy, RuleIds.ProvedRight, RuleIds.TooShort, RuleIds.TooLong];

    /// <summary>The cap that <paramref name="findings"/> put on a score, or 100.</summary>
    public static int Of(IEnumerable<Finding> findings) => Limiting(findings) is { } finding ? CapOf(finding) : 100;

    /// <summary>
    /// The score no higher than the cap of its findings, and why it is held there in one sentence ("Held at 65 until
    /// this is fixed: No result: …"), or null when the weighted rubric is the score.
    /// </summary>
    public static (int Score, string? Reason) Hold(int weighted, IEnumerable<Finding> findings)
    {
        if (Limiting(findings) is not { } finding || CapOf(finding) >= weighted)
        {
            return (weighted, null);
        }

        var cap = CapOf(finding);
        return (cap, $"Held at {cap} until this is fixed: {finding.Message}");
    }

    // The finding with the lowest cap, the first of them in the answer.
    private static Finding? Limiting(IEnumerable<Finding> findings)
    {
        Finding? limiting = null;
        foreach (var finding in findings)
        {
            if (CapOf(finding) < (limiting is null ? 100 : CapOf(limiting)))
            {
                limiting = finding;
            }
        }

        return limiting;
    }

    // A paste artifact is polish, unless the answer is buried in them (the artifact rule then reports an error).
    private static int CapOf(Finding finding) =>
        Array.IndexOf(NotUsableRules, finding.Rule) >= 0 ? NotUsable
        : Array.IndexOf(SendBackRules, finding.Rule) >= 0 || (finding.Rule == BuriedInArtifacts && finding.Severity == FindingSeverity.Error) ? SendBack
        : 100;

    private const string BuriedInArtifacts = RuleIds.Artifact;
}
