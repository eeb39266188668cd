using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary><c>star.result-missing</c>: the story stops without an outcome.</summary>
internal sealed class ResultMissingRule : StarPartMissingRule
{
    public override string Id => RuleIds.ResultMissing;

    public override string Name => "No result";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "No result: the answer does not say how it ended.";

    public override string Hint => "Close with the outcome and what changed, with a figure if you can: “Waiting times fell from 40 to 15 minutes.”";

    protected override StarPart Part => StarPart.Result;

    protected override int WhereItBelongs(AnswerAnalysis analysis) => analysis.Sentences.Length - 1;
}
