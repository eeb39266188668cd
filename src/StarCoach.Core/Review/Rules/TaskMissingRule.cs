using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary><c>star.task-missing</c>: the answer never says what the candidate was responsible for or aiming at.</summary>
internal sealed class TaskMissingRule : StarPartMissingRule
{
    public override string Id => "star.task-missing";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override string Message => "No task: the answer does not say what you were responsible for or aiming at.";

    public override string Hint => "Add one sentence on your goal or responsibility: “My task was to …”, “I had to …”.";

    protected override StarPart Part => StarPart.Task;
}
