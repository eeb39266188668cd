using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>star.task-missing</c>: an answer laid out with STAR labels ("Situation:", "Action:", "- R:") has no task: no
/// "Task" label and no sentence on what the candidate was responsible for or aiming at. In a story told without
/// labels the task is usually carried by the situation ("When I took over the account, the relationship was in poor
/// shape"), and coaches do not ask for it; a labelled answer that skips it is told.
/// </summary>
internal sealed class TaskMissingRule : StarPartMissingRule
{
    public override string Id => RuleIds.TaskMissing;

    public override string Name => "No task";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override string Message => "No task: the answer does not say what you were responsible for or aiming at.";

    public override string Hint => "Add one sentence on your goal or responsibility: “My task was to …”, “I had to …”.";

    protected override StarPart Part => StarPart.Task;

    public override bool AppliesTo(AnswerAnalysis analysis) => base.AppliesTo(analysis) && analysis.IsLabelled;
}
