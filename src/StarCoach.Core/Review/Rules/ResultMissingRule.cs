using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary><c>star.result-missing</c>: the story stops without an outcome.</summary>
internal sealed class ResultMissingRule : StarPartMissingRule
{
    public override string Id => "star.result-missing";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "No result: the answer does not say how it ended.";

    public override string Hint => "Close with the outcome and what changed, with a figure if you can: “Waiting times fell from 40 to 15 minutes.”";

    protected override StarPart Part => StarPart.Result;

    // A short story that got as far as the candidate's actions and stopped is told its outcome is missing, not only that
    // it is short: "I stayed calm and listened and then I called my manager over." ends before anything changed.
    public override bool AppliesTo(AnswerAnalysis analysis) => base.AppliesTo(analysis) || JudgesShort(analysis);

    /// <summary>True for a story under <see cref="AnswerAnalysis.MinStoryWords"/> words that tells actions.</summary>
    internal static bool JudgesShort(AnswerAnalysis analysis) =>
        analysis.IsStory && !analysis.IsFullStory && !analysis.QuestionIsHypothetical
        && analysis.Sentences.Length >= 2 && analysis.Part(StarPart.Action).Present;

    protected override int WhereItBelongs(AnswerAnalysis analysis) => analysis.Sentences.Length - 1;
}
