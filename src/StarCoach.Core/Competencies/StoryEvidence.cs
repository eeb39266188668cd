using StarCoach.Core.Banks;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;

namespace StarCoach.Core.Competencies;

/// <summary>
/// The sentences of a story that can show a competency, each weighed by who acts and which STAR part it is: what
/// the candidate did and what came of it count fully, what "we" did a little less, the context and what others did
/// little. Read from the same analysis as the review and the probes (<see cref="StoryReading"/>).
/// </summary>
internal sealed class StoryEvidence
{
    // Who acts.
    private const double Candidate = 1.0;
    private const double Group = 0.75;
    private const double Others = 0.35;

    // A sentence naming nobody: a note in an action part is the candidate's ("- called the supplier"), an outcome is
    // the story's result ("errors fell by half"), anything else says little.
    private const double UnnamedAction = 0.9;
    private const double UnnamedResult = 0.85;
    private const double UnnamedOther = 0.5;

    // A sentence with this many content words or more can show a behaviour fully.
    private const int FullSentenceWords = 7;

    // Which part.
    private const double Situation = 0.5;
    private const double Task = 0.8;

    private StoryEvidence(List<EvidenceSentence> sentences)
    {
        Sentences = sentences;
    }

    /// <summary>The sentences, in order, with their weights.</summary>
    public List<EvidenceSentence> Sentences { get; }

    /// <summary>Reads <paramref name="answer"/>.</summary>
    public static StoryEvidence Read(Answer answer)
    {
        var analysis = StoryReading.AnalysisOf(answer);
        var sentences = new List<EvidenceSentence>(analysis.Sentences.Length);
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (sentence.TokenCount == 0)
            {
                continue;
            }

            var part = s < analysis.PartOf.Length ? analysis.PartOf[s] : StarPart.Action;
            var actor = SentenceActors.Of(analysis, s);
            var weight = actor switch
            {
                Actor.Candidate => Candidate,
                Actor.Group => Group,
                Actor.Others => Others,
                _ => part switch
                {
                    StarPart.Action => UnnamedAction,
                    StarPart.Result => UnnamedResult,
                    _ => UnnamedOther,
                },
            };

            weight *= part switch
            {
                StarPart.Situation => Situation,
                StarPart.Task => Task,
                _ => 1.0,
            };

            // A short sentence says little, and what little it says resembles many behaviours by chance
            // ("This enabled greater value."): it counts in proportion to its content words.
            var text = analysis.Text[sentence.Start..sentence.End];
            var terms = TextTerms.Of(text);
            weight *= Math.Min(1.0, terms.Count(t => !t.IsStopWord) / (double)FullSentenceWords);

            sentences.Add(new EvidenceSentence(text, sentence.Start, weight, actor, part, terms));
        }

        return new StoryEvidence(sentences);
    }
}

/// <summary>A sentence of a story, where it starts in the answer, how much it can show, who acts in it, its part and its words.</summary>
internal sealed record EvidenceSentence(string Text, int Start, double Weight, Actor Actor, StarPart Part, List<TextTerms.Term> Terms);

/// <summary>
/// The tagger's calibration (<see cref="CompetencyTagger"/>), chosen on the competency set's development half
/// (<c>tests/…/Fixtures/competency-set/dev.json</c>, <c>docs/practice.md</c>): the strength is a logistic of the
/// best sentence's salience plus a share of the second best, centred so that a story a bar raiser calls strong
/// clears <see cref="CoverageAnalyzer.StrongThreshold"/>.
/// </summary>
internal sealed record TaggingTuning(
    double Center,
    double Scale,
    double SecondSentence,
    double CueWeight,
    double MinCueWeight,
    double QuestionTieBreak,
    double QuestionCarryOver,
    int MaxTags,
    double Margin)
{
    public static TaggingTuning Default { get; } = new(
        Center: 0.055,
        Scale: 0.025,
        SecondSentence: 0.5,
        CueWeight: 0.1,
        MinCueWeight: 0.5,
        QuestionTieBreak: 0.2,
        QuestionCarryOver: 0.6,
        MaxTags: 3,
        Margin: 0.08);
}
