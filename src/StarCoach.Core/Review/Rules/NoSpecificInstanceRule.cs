using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>answer.no-specific-instance</c>: the answer describes what the candidate usually does or is ("I always
/// listen carefully", "Over my years as a deputy head I have dealt with many situations", "I'm a very patient
/// person") instead of one time it happened. A sentence is general when it holds a phrase of
/// <c>Lexicon/generality.txt</c> or a habit adverb, outside the lesson at the end; it tells the story when its
/// first person did something in the past, or when it tells in the past what happened to someone else ("By the summer
/// he was writing full paragraphs"). The answer has no specific instance when general sentences are at
/// least <see cref="MinGeneral"/> and no fewer than the sentences that tell what happened.
/// </summary>
internal sealed class NoSpecificInstanceRule : ReviewRule
{
    /// <summary>Fewer general sentences than this never make an answer general: one "usually" sets a scene.</summary>
    public const int MinGeneral = 2;

    public override string Id => RuleIds.NoSpecificInstance;

    public override string Name => "No specific time";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "No specific time: the answer says what you usually do, not what you did once.";

    public override string Hint => "Pick one real occasion and tell it: when and where it was, who was involved, what you did, what changed.";

    // A plan told with "would" is answer.hypothetical's finding; a guide is answer.generic-guide's.
    // Even a short answer ("I am a very detail-oriented person and I always double check …") can be all habit.
    public override bool AppliesTo(AnswerAnalysis analysis) =>
        analysis.IsStory && analysis.WordCount >= MinWords && !analysis.QuestionIsHypothetical;

    /// <summary>Fewer words than this are too few to tell a habit from a story.</summary>
    public const int MinWords = 20;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        if (HypotheticalRule.IsPlan(analysis))
        {
            return;
        }

        var general = 0;
        var told = 0;
        var first = -1;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (analysis.PartOf[s] == StarPart.Reflection || analysis.SentenceHas(s, Cue.Reflection))
            {
                continue;
            }

            if (IsGeneral(analysis, s))
            {
                general++;
                first = first < 0 ? s : first;
            }
            else if (analysis.Sentences[s].Facts.PastNarration || analysis.Sentences[s].Facts.TellsWhatHappenedToOthers)
            {
                told++;
            }
        }

        if (general >= MinGeneral && general >= told)
        {
            findings.Add(this, analysis.Sentences[first]);
        }
    }

    private static bool IsGeneral(AnswerAnalysis analysis, int s)
    {
        if (analysis.SentenceHas(s, Cue.Generality))
        {
            return true;
        }

        // "First, I listen carefully …", "I gather the relevant information": the first person in the present tells a
        // habit, not an occasion.
        var facts = analysis.Sentences[s].Facts;
        return (facts.ISubjects > 0 && !facts.PastTense && !facts.IsHypothetical && analysis.Sentences[s].TokenCount >= 5)
            || analysis.HasWord(analysis.Sentences[s], Cue.HabitAdverb);
    }
}
