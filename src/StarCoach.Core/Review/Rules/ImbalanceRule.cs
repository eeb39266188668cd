using System.Globalization;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>star.imbalance</c>: the actions, which interviewers score, take too little of the story, or the set-up
/// (situation and task) takes too much. Shares are of spoken words per the sentence-level STAR segmentation, out of
/// the story's words (a closing reflection is left out).
/// </summary>
internal sealed class ImbalanceRule : ReviewRule
{
    /// <summary>Actions under this share of the answer are too thin (the catalogue's ~40%, with a margin).</summary>
    public const double MinActionShare = 0.35;

    /// <summary>Situation plus task over this share is too long a set-up (the catalogue's ~35%, with a margin).</summary>
    public const double MaxSetupShare = 0.45;

    private const int MinWords = 120;

    public override string Id => RuleIds.Imbalance;

    public override string Name => "Too little on what you did";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "The story is out of proportion: too little of it is about what you did.";

    public override string Hint => "Aim for about 20% situation and task, 60% actions and 20% result: cut background, add the steps you took.";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsStory && analysis.WordCount >= MinWords && !analysis.QuestionIsHypothetical;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var action = analysis.Part(StarPart.Action);
        if (!action.Present || !analysis.Part(StarPart.Situation).Present)
        {
            return;
        }

        // Proportions of the story itself: a closing lesson is not part of situation, task, action or result.
        var total = (double)(analysis.WordCount - analysis.Part(StarPart.Reflection).Words);
        if (total <= 0)
        {
            return;
        }

        var setup = (analysis.Part(StarPart.Situation).Words + analysis.Part(StarPart.Task).Words) / total;
        var actions = ActionWords(analysis) / total;
        if (setup > MaxSetupShare)
        {
            var (first, last) = Range(analysis, StarPart.Situation, StarPart.Task);
            findings.Add(this, analysis.Sentences[first].Start, analysis.Sentences[last].End - analysis.Sentences[first].Start,
                $"The set-up takes {Percent(setup)} of the answer and the actions {Percent(actions)}: the interviewer waits too long to hear what you did.");
        }
        else if (actions < MinActionShare)
        {
            var (first, last) = Range(analysis, StarPart.Action, StarPart.Action);
            if (first < 0)
            {
                return;
            }

            findings.Add(this, analysis.Sentences[first].Start, analysis.Sentences[last].End - analysis.Sentences[first].Start,
                $"The actions take only {Percent(actions)} of the answer: what you did is the part interviewers score.");
        }
    }

    // The action part's words, and the steps told after it: a story that opens on its headline result ("It took £1.1m a
    // year off our bill") goes on to tell steps the segmentation reads as the result's, and they are still steps.
    internal static int ActionWords(AnswerAnalysis analysis)
    {
        var words = 0;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var facts = sentence.Facts;
            if (analysis.PartOf[s] == StarPart.Action
                || (analysis.PartOf[s] == StarPart.Result && facts.HasAction && !facts.IsHypothetical && analysis.Regions[sentence.Span.Region].Part is null))
            {
                words += sentence.TokenCount;
            }
        }

        return words;
    }

    private static (int First, int Last) Range(AnswerAnalysis analysis, StarPart from, StarPart to)
    {
        int first = -1, last = -1;
        for (var s = 0; s < analysis.PartOf.Length; s++)
        {
            if (analysis.PartOf[s] >= from && analysis.PartOf[s] <= to)
            {
                first = first < 0 ? s : first;
                last = s;
            }
        }

        return (first, last);
    }

    private static string Percent(double share) => ((int)Math.Round(share * 100, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";
}
