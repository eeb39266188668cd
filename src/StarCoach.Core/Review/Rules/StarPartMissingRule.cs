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
    public override bool AppliesTo(AnswerAnalysis analysis) =>
        (analysis.IsFullStory && !analysis.QuestionIsHypothetical) || (JudgesShortStories(Part) && IsShortStoryWithActions(analysis));

    /// <summary>
    /// True when the part is also missed in a story under <see cref="AnswerAnalysis.MinStoryWords"/> words that tells
    /// the candidate's actions: one that starts mid-action ("Moved most of the budget into video after week two …") or
    /// stops after it ("… and then I called my manager over.") is told so, not only that it is short.
    /// </summary>
    private static bool JudgesShortStories(StarPart part) => part is StarPart.Situation or StarPart.Result;

    /// <summary>True for a story too short for its parts to be judged by length alone: it tells actions.</summary>
    internal static bool IsShortStoryWithActions(AnswerAnalysis analysis) =>
        analysis.IsStory && !analysis.IsFullStory && !analysis.QuestionIsHypothetical
        && analysis.Sentences.Length >= 2 && analysis.Part(StarPart.Action).Present;

    /// <summary>True when this part of a short story has a finding of its own (see <see cref="JudgesShortStories"/>).</summary>
    internal static bool HasOwnFinding(AnswerAnalysis analysis, StarPart part) =>
        JudgesShortStories(part) && IsShortStoryWithActions(analysis);

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
