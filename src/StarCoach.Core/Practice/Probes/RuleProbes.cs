using StarCoach.Core.Review;
namespace StarCoach.Core.Practice.Probes;

/// <summary>
/// Probes from the weak spots of the attempt: each review rule that an interviewer would follow up on maps to the
/// question they would ask, in the order an interviewer would ask them: a plan instead of a story first, then the
/// candidate's own part, then the outcome. A failure story without a lesson is asked for the lesson before the
/// numbers, because that is what such a story is judged on.
/// </summary>
internal sealed class RuleProbes : IProbeSource
{
    private static readonly (string Rule, string Question)[] Questions =
    [
        (RuleIds.Hypothetical, "That is what you would do. Tell me about a time you actually did it: what happened?"),
        (RuleIds.NoSpecificInstance, "That is what you usually do. Tell me about one specific time: when was it, and what exactly happened?"),
        (RuleIds.GenericGuide, "That is general advice. Tell me about one specific time you did this yourself: what happened?"),
        (RuleIds.ActionMissing, "What did you do yourself, step by step?"),
        (RuleIds.WeHeavy, "What did you personally do, as opposed to the team?"),
        (RuleIds.ResultMissing, "How did it turn out? What changed because of what you did?"),
        (RuleIds.ReflectionMissing, "What would you do differently?"),
        (RuleIds.ResultUnquantified, "How did you measure the result?"),
        (RuleIds.ScopeBelowLevel, "Who beyond your own team did this affect, and how did you bring them along?"),
        (RuleIds.SituationMissing, "What was the situation? Set the scene for me."),
        (RuleIds.TaskMissing, "What exactly were you responsible for?"),
    ];

    /// <summary>Asked when nothing else applies: every story gains from a lesson.</summary>
    public static Probe Fallback { get; } = new("What would you do differently if you faced this again?", ProbeOrigin.Rule, "reflection");

    // Gaps an interviewer asks about before anything in the story: there is no story to probe until they are filled.
    private static readonly HashSet<string> Gaps = new(
        [RuleIds.Hypothetical, RuleIds.NoSpecificInstance, RuleIds.GenericGuide, RuleIds.ActionMissing, RuleIds.WeHeavy, RuleIds.ResultMissing],
        StringComparer.Ordinal);

    /// <summary>True for a probe on a gap that comes before the story's own content (a plan, not a story; no own part; no outcome).</summary>
    public static bool IsGap(Probe probe) => probe.Origin == ProbeOrigin.Rule && Gaps.Contains(probe.Basis);

    public IEnumerable<Probe> Propose(ProbeContext context)
    {
        var fired = context.Review.Findings.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
        foreach (var (rule, question) in Questions)
        {
            if (fired.Contains(rule))
            {
                yield return new Probe(question, ProbeOrigin.Rule, rule);
            }
        }
    }
}
