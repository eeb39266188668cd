using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>scope.below-level</c>: the story shows less reach than the target level expects (see
/// <see cref="ScopeSignals"/>). Senior: no sign of leading or owning beyond one's own task. Staff: no sign of
/// influence across teams, of ambiguity handled, or of others multiplied. Principal: no sign of reach across the
/// organisation, and fewer than two of the staff signals. Junior and mid are not checked.
/// </summary>
internal sealed class ScopeBelowLevelRule : ReviewRule
{
    public override string Id => RuleIds.ScopeBelowLevel;

    public override string Name => "Scope below the level";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "The story's scope is below the target level.";

    public override string Hint => "Show the reach the level expects: whom you led or influenced beyond your team, the ambiguity you resolved, whom you grew.";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory && analysis.Level >= TargetLevel.Senior && analysis.Sentences.Length > 0;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var signals = ScopeSignals.Of(analysis);
        if (signals.Meets(analysis.Level))
        {
            return;
        }

        var level = TargetLevels.Name(analysis.Level);
        var message = analysis.Level switch
        {
            TargetLevel.Senior => "Scope below senior: nothing shows you leading or owning beyond your own task.",
            TargetLevel.Staff => "Scope below staff: no sign of influence across teams, ambiguity handled, or others multiplied.",
            _ => $"Scope below {level}: no sign of reach across the organisation, and few signs of influence, ambiguity or multiplying others.",
        };
        var at = analysis.Part(StarPart.Action).EvidenceSentence;
        findings.Add(this, analysis.Sentences[at >= 0 ? at : 0], message);
    }
}
