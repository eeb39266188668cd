using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;
using StarCoach.Core.Review;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Review.Rules;
using StarCoach.Core.Text;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Practice.Recall;

/// <summary>A sentence of a story with the word stems it is compared by.</summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Spoken">The sentence without a heading or label before a colon: what it tells.</param>
/// <param name="Stems">Its content word stems (stop words left out).</param>
/// <param name="Weight">How much it says as a key point: 3 a measured result, 2 the candidate's own action, 1 another action or result, 0 none.</param>
internal sealed record StorySentence(string Text, string Spoken, HashSet<string> Stems, int Weight);

/// <summary>A point of the story to retell: a sentence, or a clause of a long one, that tells an action or a result.</summary>
/// <param name="Text">The point as written, shortened for display.</param>
/// <param name="Spoken">The whole point, as compared by meaning.</param>
/// <param name="Sentence">Index of its sentence.</param>
internal sealed record KeyPoint(string Text, string Spoken, HashSet<string> Stems, int Weight, int Sentence);

/// <summary>
/// One read of a story (prepared or retold) for recall: its sentences, figures, names and choices, from the same
/// sentence analysis the review uses, so both sides are split and tokenised alike.
/// </summary>
internal sealed partial class StoryReading
{
    // Sentences with more content words than this are compared clause by clause: a retelling rarely keeps them whole.
    private const int LongSentenceStems = 10;

    // A point with fewer content stems says too little to compare.
    private const int MinPointStems = 3;

    // Longer runs before a colon are prose ("The result was clear: …"), not a heading.
    private const int MaxHeadingWords = 10;

    private StoryReading(AnswerAnalysis analysis)
    {
        Analysis = analysis;
    }

    public AnswerAnalysis Analysis { get; }

    public List<StorySentence> Sentences { get; } = [];

    /// <summary>The actions and results to retell, in story order.</summary>
    public List<KeyPoint> KeyPoints { get; } = [];

    /// <summary>Figures with the index of their sentence.</summary>
    public List<(Figure Figure, int Sentence)> Figures { get; } = [];

    public List<StoryName> Names { get; private set; } = [];

    /// <summary>Choices with the index of their sentence.</summary>
    public List<(StoryDecision Decision, int Sentence)> Decisions { get; } = [];

    /// <summary>Every word in lower case, without a possessive "'s".</summary>
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    /// <summary>The prepared answer, read with its own sections and kind.</summary>
    public static StoryReading Of(Answer answer) => Of(answer.Text, answer.Sections, answer.Kind, answer.Label);

    /// <summary>A retelling, with any STAR labels the candidate typed.</summary>
    public static StoryReading OfAttempt(string text)
    {
        var (kind, sections) = AnswerTextParser.Parse(text, pitchQuestion: false);
        return Of(text, sections, kind, null);
    }

    /// <summary>The review's analysis of a prepared answer alone (sentences, parts, tokens), without the recall reading built on it.</summary>
    public static AnswerAnalysis AnalysisOf(Answer answer) => Analyse(answer.Text, answer.Sections, answer.Kind, answer.Label);

    private static AnswerAnalysis Analyse(string text, ImmutableArray<AnswerSection> sections, AnswerKind kind, string? heading) =>
        AnswerAnalysis.Create(new ReviewSubject(text, sections, kind, null, [], IsFollowUp: false, heading), TargetLevels.Default, CueLexicon.Shared, AnswerReviewer.MaxAnswerChars);

    private static StoryReading Of(string text, ImmutableArray<AnswerSection> sections, AnswerKind kind, string? heading)
    {
        var analysis = Analyse(text, sections, kind, heading);
        var reading = new StoryReading(analysis);
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var sentenceText = analysis.Text[sentence.Start..sentence.End];
            var spoken = sentenceText[HeadingLength(analysis, sentence)..];
            var stems = RecallStems.Of(spoken);
            var weight = Weight(analysis, s);
            reading.Sentences.Add(new StorySentence(sentenceText, spoken, stems, weight));
            if (weight > 0)
            {
                foreach (var clause in stems.Count > LongSentenceStems ? Clauses(spoken) : [spoken])
                {
                    var clauseStems = clause == spoken ? stems : RecallStems.Of(clause);
                    if (clauseStems.Count >= MinPointStems)
                    {
                        reading.KeyPoints.Add(new KeyPoint(FindingList.Excerpt(clause, 0, clause.Length), clause, clauseStems, weight, s));
                    }
                }
            }

            reading.Figures.AddRange(FigureReader.Read(sentenceText).Select(f => (f, s)));
            if (StoryDecisions.Find(sentenceText) is { } decision)
            {
                reading.Decisions.Add((decision, s));
            }
        }

        foreach (var token in analysis.Tokens)
        {
            reading.Words.Add(StoryNames.Bare(analysis.WordOf(token).ToString()).ToLowerInvariant());
        }

        reading.Names = StoryNames.Find(analysis);
        return reading;
    }

    /// <summary>The sentence shortened for display, like a finding's excerpt.</summary>
    public string Excerpt(int sentence)
    {
        var span = Analysis.Sentences[sentence];
        return FindingList.Excerpt(Analysis.Text, span.Start, span.End - span.Start);
    }

    /// <summary>
    /// The length of a title-case heading before a colon that opens the sentence ("Phased Implementation: …"), or 0:
    /// headings name the step; they are neither a point to retell nor names to remember.
    /// </summary>
    public static int HeadingLength(AnswerAnalysis analysis, Sentence sentence)
    {
        var colon = analysis.Text.IndexOf(':', sentence.Start, sentence.End - sentence.Start);
        if (colon < 0)
        {
            return 0;
        }

        var words = 0;
        foreach (var token in analysis.TokensOf(sentence))
        {
            if (token.Start >= colon)
            {
                break;
            }

            // Title case: capitalised words joined by small words ("Iterated Based on User Feedback", "Benchmarking vs. Real World").
            var word = analysis.WordOf(token);
            if (++words > MaxHeadingWords || (!char.IsUpper(word[0]) && !TextTerms.IsStopWord(word.ToString().ToLowerInvariant()) && word is not "vs"))
            {
                return 0;
            }
        }

        return words == 0 ? 0 : colon + 1 - sentence.Start;
    }

    /// <summary>The clauses of a long sentence, split before "which", "so", "while", "resulting …", at semicolons and dashes.</summary>
    private static List<string> Clauses(string sentence)
    {
        var clauses = new List<string>();
        foreach (var part in ClauseBreak().Split(sentence))
        {
            var clause = part.Trim();
            if (clause.Length == 0)
            {
                continue;
            }

            // A fragment too short to stand alone stays with the clause before it.
            if (clauses.Count > 0 && RecallStems.Of(clause).Count < MinPointStems)
            {
                clauses[^1] += ", " + clause;
            }
            else
            {
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    [GeneratedRegex(@",\s+(?=(?:which|so|while|whereas|resulting|leading|allowing|enabling|and then)\b)|;\s+|\s+[—–]\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    private static int Weight(AnswerAnalysis analysis, int s)
    {
        var sentence = analysis.Sentences[s];
        var facts = sentence.Facts;
        if (facts.IsHypothetical || sentence.TokenCount < 5)
        {
            return 0;
        }

        var isResult = (facts.ResultCues > 0 || analysis.PartOf[s] == StarPart.Result) && (facts.PastTense || facts.IsMeasurable);
        if (isResult && facts.IsMeasurable)
        {
            return 3;
        }

        if (facts.IActions > 0 || facts.ImplicitAction)
        {
            return 2;
        }

        return facts.HasAction || isResult ? 1 : 0;
    }
}
