using System.Globalization;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>ownership.we-heavy</c>: the action part is told mostly as "we", so the interviewer cannot tell what the
/// candidate did. Counts "we" against "I" as subjects in the sentences assigned to the action part.
/// </summary>
internal sealed class WeHeavyRule : ReviewRule
{
    /// <summary>Fewer "we" than this is never heavy.</summary>
    public const int MinWe = 3;

    /// <summary>Share of "we" among "I" and "we" from which the actions read as the team's, not the candidate's.</summary>
    public const double MaxWeShare = 0.6;

    public override string Id => "ownership.we-heavy";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Actions told as “we”: your own part is unclear.";

    public override string Hint => "Say what you did yourself (“I designed …, I persuaded …”); keep “we” for what the team did together.";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        int we = 0, i = 0, first = -1;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (analysis.PartOf[s] != StarPart.Action)
            {
                continue;
            }

            var facts = analysis.Sentences[s].Facts;
            we += facts.WeSubjects;
            i += facts.ISubjects;
            if (first < 0 && facts.WeSubjects > 0)
            {
                first = s;
            }
        }

        if (we >= MinWe && we >= MaxWeShare * (we + i))
        {
            findings.Add(this, analysis.Sentences[first],
                string.Create(CultureInfo.InvariantCulture, $"Actions told as “we”: {we} “we” to {i} “I” in the action part, so your own part is unclear."));
        }
    }
}
