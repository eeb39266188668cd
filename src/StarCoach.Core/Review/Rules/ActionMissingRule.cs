using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary><c>star.action-missing</c>: no sentence tells something the candidate did (plans told with "would" do not count).</summary>
internal sealed class ActionMissingRule : StarPartMissingRule
{
    public override string Id => "star.action-missing";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "No actions: the answer does not say what you did.";

    public override string Hint => "Tell the steps you took yourself, in the past tense: “I called …, I rebuilt …, I convinced …”.";

    protected override StarPart Part => StarPart.Action;

    // Right after the scene, where the actions should start.
    protected override int WhereItBelongs(AnswerAnalysis analysis)
    {
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (analysis.PartOf[s] > StarPart.Task)
            {
                return s;
            }
        }

        return Math.Min(1, analysis.Sentences.Length - 1);
    }
}
