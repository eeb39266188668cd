using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary><c>star.situation-missing</c>: the answer starts without setting the scene.</summary>
internal sealed class SituationMissingRule : StarPartMissingRule
{
    public override string Id => RuleIds.SituationMissing;

    public override string Name => "No situation";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "No situation: the answer does not set the scene (where, when, what was at stake).";

    public override string Hint => "Open with one or two sentences of context: your role, the team or place, and what was at stake.";

    protected override StarPart Part => StarPart.Situation;
}
