using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// The scope cues of an answer, by kind: ownership (led, owned, drove), influence (cross-team, stakeholders,
/// leadership), ambiguity (unclear, trade-offs), multiplying others (mentored, trained, playbook) and
/// organisation-wide reach (company-wide, executives). Shared by <c>scope.below-level</c> and the Scope rubric.
/// </summary>
internal readonly record struct ScopeSignals(int Ownership, int Influence, int Ambiguity, int Multiplier, int Organisation)
{
    /// <summary>How many of the staff signal kinds (influence, ambiguity, multiplier) appear.</summary>
    public int StaffKinds => (Influence > 0 ? 1 : 0) + (Ambiguity > 0 ? 1 : 0) + (Multiplier > 0 ? 1 : 0);

    public static ScopeSignals Of(AnswerAnalysis analysis)
    {
        int ownership = 0, influence = 0, ambiguity = 0, multiplier = 0, organisation = 0;
        foreach (var hit in analysis.Hits)
        {
            ownership += (hit.Cues & Cue.ScopeOwnership) != 0 ? 1 : 0;
            influence += (hit.Cues & Cue.ScopeInfluence) != 0 ? 1 : 0;
            ambiguity += (hit.Cues & Cue.ScopeAmbiguity) != 0 ? 1 : 0;
            multiplier += (hit.Cues & Cue.ScopeMultiplier) != 0 ? 1 : 0;
            organisation += (hit.Cues & Cue.ScopeOrg) != 0 ? 1 : 0;
        }

        return new ScopeSignals(ownership, influence, ambiguity, multiplier, organisation);
    }

    /// <summary>True when the signals meet what <paramref name="level"/> expects.</summary>
    public bool Meets(TargetLevel level) => level switch
    {
        TargetLevel.Junior or TargetLevel.Mid => true,
        TargetLevel.Senior => Ownership + Influence + Multiplier + Organisation > 0,
        TargetLevel.Staff => StaffKinds > 0 || Organisation > 0,
        _ => Organisation > 0 || StaffKinds >= 2,
    };

    /// <summary>True when the signals meet the level above <paramref name="level"/> too.</summary>
    public bool Exceeds(TargetLevel level) => level switch
    {
        TargetLevel.Junior => Ownership > 0,
        TargetLevel.Mid => Ownership + Influence > 0 && Ownership > 0,
        TargetLevel.Senior => StaffKinds >= 2,
        TargetLevel.Staff => Organisation > 0 && StaffKinds >= 2,
        _ => Organisation > 0 && StaffKinds == 3,
    };
}
