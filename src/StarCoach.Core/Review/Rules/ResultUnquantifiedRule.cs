using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>result.unquantified</c>: the result is there but measures nothing. Any figure counts: a number, a
/// percentage, money, a duration, a count, "doubled", "3x", or a before→after ("from days to hours").
/// A missing result is <c>star.result-missing</c>'s finding, not this one's. Only a result that claims a change
/// ("sales improved", "we reduced waiting times", a result word or an outcome verb) is asked for its measure: an
/// outcome told as what someone did next ("the couple booked again the following year") has nothing to count.
/// </summary>
internal sealed class ResultUnquantifiedRule : ReviewRule
{
    public override string Id => RuleIds.ResultUnquantified;

    public override string Name => "Result not measured";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "The result has no measurable outcome: nothing says how much better things got.";

    public override string Hint => "Add a figure: a percentage, money, time saved, a count, or a before→after (“from 3 days to 4 hours”).";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory && !analysis.QuestionIsHypothetical;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var result = analysis.Part(StarPart.Result);
        if (!result.Present)
        {
            return;
        }

        // The sentences told as the result; when none is, the sentence that showed a result by content.
        var useEvidence = result.Sentences == 0;
        var first = -1;
        var claimsChange = false;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (useEvidence ? s != result.EvidenceSentence : analysis.PartOf[s] != StarPart.Result)
            {
                continue;
            }

            if (analysis.Sentences[s].Facts.IsMeasurable)
            {
                return;
            }

            first = first < 0 ? s : first;
            claimsChange |= ClaimsChange(analysis, s);
        }

        if (first >= 0 && claimsChange)
        {
            findings.Add(this, analysis.Sentences[first]);
        }
    }

    private static bool ClaimsChange(AnswerAnalysis analysis, int s) =>
        analysis.Sentences[s].Facts.ResultCues > 0 || analysis.HasWord(analysis.Sentences[s], Cue.OutcomeVerb);
}
