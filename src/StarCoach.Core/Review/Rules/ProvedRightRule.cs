using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>reflection.proved-right</c>: a conflict or disagreement story that ends with the candidate proved right
/// ("it proved I was right all along", "she agreed with me and we did it my way", <c>Lexicon/vindication.txt</c>)
/// and no lesson. Interviewers asking about conflict listen for how the candidate worked with the other person
/// and what they learned, not for who won. Takes the place of <c>reflection.missing</c> on such a story.
/// </summary>
internal sealed class ProvedRightRule : ReviewRule
{
    public override string Id => "reflection.proved-right";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Ends with being proved right: a conflict story is judged on how you worked it out and what you learned.";

    public override string Hint => "Say what you understood of the other view, how you reached agreement, and what you do differently since.";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory && analysis.Sentences.Length > 0;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        if (Vindication(analysis) is { } sentence)
        {
            findings.Add(this, analysis.Sentences[sentence]);
        }
    }

    /// <summary>
    /// The sentence in which a setback or conflict story without a lesson proves the candidate right, or null.
    /// </summary>
    public static int? Vindication(AnswerAnalysis analysis)
    {
        if (!ReflectionMissingRule.IsSetbackStory(analysis) || HasLesson(analysis))
        {
            return null;
        }

        for (var s = analysis.Sentences.Length - 1; s >= 0; s--)
        {
            if (analysis.SentenceHas(s, Cue.Vindication))
            {
                return s;
            }
        }

        return null;
    }

    // A lesson is a reflection that is not itself a vindication: "Looking back, I wouldn't do anything differently"
    // looks back and finds nothing to learn.
    private static bool HasLesson(AnswerAnalysis analysis)
    {
        if (!analysis.Part(StarPart.Reflection).Present)
        {
            return false;
        }

        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if ((analysis.PartOf[s] == StarPart.Reflection || analysis.Sentences[s].Facts.ReflectionCues > 0) && !analysis.SentenceHas(s, Cue.Vindication))
            {
                return true;
            }
        }

        return false;
    }
}
