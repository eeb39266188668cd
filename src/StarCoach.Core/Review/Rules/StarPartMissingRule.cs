using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// Shared check of the four <c>star.*-missing</c> rules: the part is missing when no label names it and no
/// sentence shows it by content (see <see cref="AnswerAnalysis.Parts"/>). Only stories are checked: pitches,
/// model solutions, follow-up explanations and plans for a hypothetical question have no STAR parts to miss.
/// </summary>
internal abstract class StarPartMissingRule : ReviewRule
{
    protected abstract StarPart Part { get; }

    // A plan asked for by "What would you do if …?" has no situation, task or result to miss.
    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory && !analysis.QuestionIsHypothetical;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        if (analysis.Part(Part).Present || analysis.Sentences.Length == 0)
        {
            return;
        }

        findings.Add(this, analysis.Sentences[WhereItBelongs(analysis)]);
    }

    /// <summary>The sentence the finding points at: where the missing part would go.</summary>
    protected virtual int WhereItBelongs(AnswerAnalysis analysis) => 0;
}
