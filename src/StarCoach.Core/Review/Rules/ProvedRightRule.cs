using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>reflection.proved-right</c>: a conflict or disagreement story that ends with the candidate proved right
/// ("it proved I was right all along", "she agreed with me and we did it my way", <c>Lexicon/vindication.txt</c>;
/// "he had to accept that my plan was the right call", <c>Lexicon/concession.txt</c>)
/// and no lesson. Interviewers asking about conflict listen for how the candidate worked with the other person
/// and what they learned, not for who won. Takes the place of <c>reflection.missing</c> on such a story.
/// </summary>
internal sealed class ProvedRightRule : ReviewRule
{
    public override string Id => RuleIds.ProvedRight;

    public override string Name => "Ends on being proved right";

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
            if (Vindicates(analysis, s))
            {
                return s;
            }
        }

        return null;
    }

    // A phrase of vindication.txt in the sentence, or of concession.txt not said by the candidate: "my colleague had
    // to accept" concedes to the candidate, "I had to accept the delay" and "I went with my plan" do not.
    private static bool Vindicates(AnswerAnalysis analysis, int sentence)
    {
        if (analysis.SentenceHas(sentence, Cue.Vindication))
        {
            return true;
        }

        if (!analysis.SentenceHas(sentence, Cue.Concession))
        {
            return false;
        }

        foreach (var hit in analysis.Hits)
        {
            if ((hit.Cues & Cue.Concession) != 0 && analysis.Tokens[hit.FirstToken].Sentence == sentence
                && (hit.FirstToken == 0 || !analysis.Tokens[hit.FirstToken - 1].Is(TokenShape.PronounI)))
            {
                return true;
            }
        }

        return false;
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
            if ((analysis.PartOf[s] == StarPart.Reflection || analysis.Sentences[s].Facts.ReflectionCues > 0) && !Vindicates(analysis, s))
            {
                return true;
            }
        }

        return false;
    }
}
