using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Review.Parts;
using StarCoach.Core.Review.Rules;
using StarCoach.Core.Review.Scoring;

namespace StarCoach.Core.Review;

/// <summary>
/// Reviews answers: every rule of the catalogue over one shared analysis of the answer, then the rubric, the
/// overall score and, for multi-part questions, which parts the answer covers. Thread-safe and deterministic.
/// </summary>
public sealed class AnswerReviewer
{
    /// <summary>
    /// Longest answer reviewed in full (about 8,000 words, close to an hour of speech). Longer text is cut at a word
    /// boundary before review and gets a <c>length.too-long</c> finding saying so, which keeps a review of any input bounded.
    /// </summary>
    public const int MaxAnswerChars = 50_000;

    /// <summary>
    /// Longest answer a person may type or paste to be reviewed, edited or practised, in the web app, the API and the
    /// CLI alike (about 16,000 words); longer is refused with a message. The review reads its first
    /// <see cref="MaxAnswerChars"/>.
    /// </summary>
    public const int MaxTypedChars = 100_000;

    /// <summary>Speaking rate used for speaking time and word budgets.</summary>
    public const int WordsPerMinute = 150;

    /// <summary>Answer id of an answer reviewed on its own (standard input).</summary>
    public const string StandaloneAnswerId = "stdin";

    private readonly IReadOnlyList<ReviewRule> _rules;
    private readonly CueLexicon _lexicon;

    /// <summary>A reviewer with the whole rule catalogue.</summary>
    public AnswerReviewer()
        : this(ReviewRules.All, CueLexicon.Shared)
    {
    }

    internal AnswerReviewer(IReadOnlyList<ReviewRule> rules, CueLexicon lexicon)
    {
        _rules = rules;
        _lexicon = lexicon;
    }

    /// <summary>Reviews <paramref name="answer"/> as an answer to <paramref name="question"/> (null when there is none).</summary>
    public AnswerReview Review(Answer answer, Question? question, TargetLevel level = TargetLevels.Default)
    {
        var subject = new ReviewSubject(answer.Text, answer.Sections, answer.Kind, QuestionText(question), question?.Parts ?? [], IsFollowUp: false, answer.Label);
        return Review(subject, question?.Id, answer.Id, question?.Text, level);
    }

    /// <summary>Reviews the answer to a follow-up probe of <paramref name="question"/>: an explanation, judged without STAR rules.</summary>
    /// <exception cref="ArgumentException">The follow-up has no answer.</exception>
    public AnswerReview ReviewFollowUp(FollowUp followUp, Question question, TargetLevel level = TargetLevels.Default)
    {
        var answer = followUp.Answer ?? throw new ArgumentException("The follow-up has no answer to review.", nameof(followUp));
        var subject = new ReviewSubject(answer.Text, answer.Sections, answer.Kind, followUp.Question, [], IsFollowUp: true);
        return Review(subject, question.Id, answer.Id, followUp.Question, level);
    }

    /// <summary>
    /// Reviews one answer given as text, with STAR sections found by their labels, against an optional question
    /// (its instruction suffix and parts are read as import reads them). A question worded as an interviewer's
    /// probe ("Can you explain more about …", "Why did you …") is answered by an explanation, reviewed as a follow-up.
    /// </summary>
    /// <param name="kind">The kind the writer says the answer is (compressed, pitch, solution); null to read it from the text.</param>
    public AnswerReview ReviewText(string text, string? question, TargetLevel level = TargetLevels.Default, AnswerKind? kind = null)
    {
        var (subject, bare) = SubjectOf(text, question, kind);
        return Review(subject, null, StandaloneAnswerId, bare, level);
    }

    /// <summary>The subject a typed answer is reviewed as, and the question without its instruction.</summary>
    internal static (ReviewSubject Subject, string? Question) SubjectOf(string text, string? question, AnswerKind? kind = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (bare, instruction) = question is { Length: > 0 } ? PromptPhrases.SplitInstruction(question) : (question, null);
        var pitch = kind == AnswerKind.Pitch || (kind is null && bare is not null && PromptPhrases.IsPitchQuestion(bare));
        var followUp = bare is not null && !pitch && PromptPhrases.StartsLikeFollowUp(bare);
        var (read, regions) = AnswerTextParser.ParseRegions(text, pitch);
        kind = kind is null or AnswerKind.Star or AnswerKind.Freeform ? read : kind;
        var parts = bare is null || followUp ? [] : PromptPhrases.SplitParts(bare);
        return (new ReviewSubject(text, [], kind.Value, instruction is null ? bare : bare + " " + instruction, parts, followUp, Regions: regions), bare);
    }

    /// <summary>Reviews every answer of a bank: each question's answers, then the answers to its follow-ups.</summary>
    public ImmutableArray<AnswerReview> ReviewBank(Bank bank, TargetLevel level = TargetLevels.Default)
    {
        var reviews = ImmutableArray.CreateBuilder<AnswerReview>();
        foreach (var question in bank.Questions)
        {
            foreach (var answer in question.Answers)
            {
                reviews.Add(Review(answer, question, level));
            }

            foreach (var followUp in question.FollowUps)
            {
                if (followUp.Answer is not null)
                {
                    reviews.Add(ReviewFollowUp(followUp, question, level));
                }
            }
        }

        return reviews.ToImmutable();
    }

    internal AnswerAnalysis Analyze(ReviewSubject subject, TargetLevel level) =>
        AnswerAnalysis.Create(subject, level, _lexicon, MaxAnswerChars);

    internal AnswerReview Review(ReviewSubject subject, string? questionId, string answerId, string? questionText, TargetLevel level)
    {
        var analysis = Analyze(subject, level);
        var findings = new FindingList(analysis);
        foreach (var rule in _rules)
        {
            if (rule.AppliesTo(analysis))
            {
                rule.Check(analysis, findings);
            }
        }

        var ordered = findings.ToImmutable();
        var rubric = RubricScorer.Score(analysis, ordered);
        var (overall, capReason) = ScoreCap.Hold(RubricWeights.Overall(rubric), ordered);
        return new AnswerReview(
            questionId,
            answerId,
            questionText,
            subject.Kind,
            ordered,
            rubric,
            overall,
            analysis.WordCount,
            LevelCalibration.SpeakingSeconds(analysis.WordCount),
            PartCoverageFinder.Find(analysis, _lexicon),
            capReason);
    }

    private static string? QuestionText(Question? question) =>
        question is null ? null : question.Instruction is null ? question.Text : question.Text + " " + question.Instruction;
}
