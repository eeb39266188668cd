using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>reflection.missing</c>: a failure, mistake or conflict story with no lesson or change. The story is one
/// when the question asks about one (<c>Lexicon/setback-topic.txt</c>, <c>setback.txt</c>) or the answer tells
/// one (<c>setback.txt</c>: "I made a mistake", "we missed the deadline", "disagreed"). A lesson is a
/// reflection label ("Lessons learned:") or a reflection cue ("I learned", "since then", "next time").
/// </summary>
internal sealed class ReflectionMissingRule : ReviewRule
{
    public override string Id => RuleIds.ReflectionMissing;

    public override string Name => "No lesson learned";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "A failure or conflict story without a lesson: interviewers listen for what you learned or changed.";

    public override string Hint => "End with what you learned and what you do differently since: “Since then I …”, “Next time I …”.";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory && analysis.Sentences.Length > 0;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        if (!IsSetbackStory(analysis) || analysis.Part(StarPart.Reflection).Present || ProvedRightRule.Vindication(analysis) is not null)
        {
            return;
        }

        findings.Add(this, analysis.Sentences[^1]);
    }

    /// <summary>True when the question asks about, or the answer tells, a failure, mistake or conflict.</summary>
    public static bool IsSetbackStory(AnswerAnalysis analysis)
    {
        if (analysis.Question is { } question && (question.Cues & (Cue.Setback | Cue.SetbackTopic)) != 0)
        {
            return true;
        }

        foreach (var hit in analysis.Hits)
        {
            if ((hit.Cues & Cue.Setback) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
