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

    public override string Id => RuleIds.WeHeavy;

    public override string Name => "“We” hides your part";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Actions told as “we”: your own part is unclear.";

    public override string Hint => "Say what you did yourself (“I designed …, I persuaded …”); keep “we” for what the team did together.";

    /// <summary>A story too short to judge its parts is the team's when it says "we" this often and "I" never.</summary>
    public const int MinWeInShortStory = 2;

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsStory;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        // A short story has no action part to read: "we just had to get on with it, we used the mobiles" is all of it.
        var whole = !analysis.IsFullStory;
        int we = 0, i = 0, first = -1;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (!whole && analysis.PartOf[s] != StarPart.Action)
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

        if (whole ? we >= MinWeInShortStory && i == 0 : we >= MinWe && we >= MaxWeShare * (we + i))
        {
            findings.Add(this, analysis.Sentences[first],
                string.Create(CultureInfo.InvariantCulture, $"Actions told as “we”: {we} “we” to {i} “I” in {(whole ? "the answer" : "the action part")}, so your own part is unclear."));
        }
    }
}
