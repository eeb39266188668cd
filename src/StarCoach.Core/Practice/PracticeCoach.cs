using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>
/// Judges practice attempts: the review of what was said, recall against the prepared story, the FSRS grade, and
/// the follow-up probes to ask. Deterministic for the built-in probe sources; thread-safe.
/// </summary>
public sealed class PracticeCoach
{
    /// <summary>Built-in probes asked after an answer: one or two, as in a real interview.</summary>
    public const int MaxBuiltInProbes = 2;

    private static readonly IProbeSource[] BuiltIn = [new RuleProbes(), new StoryProbes()];

    private readonly AnswerReviewer _reviewer;
    private readonly IReadOnlyList<IProbeSource> _extraSources;
    private readonly int _maxExtraProbes;
    private readonly SentenceMeaning? _meaning;

    /// <summary>A coach with the built-in, deterministic probes only.</summary>
    public PracticeCoach()
        : this(new AnswerReviewer(), [])
    {
    }

    /// <param name="reviewer">The reviewer of attempts.</param>
    /// <param name="extraSources">More probe sources (an optional language model), asked after the built-in ones.</param>
    /// <param name="maxExtraProbes">How many probes the extra sources may add after the built-in ones.</param>
    /// <param name="meaning">The sentence model recall compares by; null compares by shared words (tests, no model).</param>
    public PracticeCoach(AnswerReviewer reviewer, IEnumerable<IProbeSource> extraSources, int maxExtraProbes = 1, SentenceMeaning? meaning = null)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentOutOfRangeException.ThrowIfNegative(maxExtraProbes);
        _reviewer = reviewer;
        _extraSources = [.. extraSources];
        _maxExtraProbes = maxExtraProbes;
        _meaning = meaning;
    }

    /// <summary>Reviews a timed attempt at <paramref name="prepared"/> (an answer to <paramref name="question"/>).</summary>
    /// <param name="mode">Full answers are reviewed as the prepared answer's kind; compressed ones as compressed answers.</param>
    public AttemptResult Evaluate(Question question, Answer prepared, PracticeMode mode, TimedAnswer attempt, TargetLevel level = TargetLevels.Default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(attempt);
        var text = attempt.Text ?? string.Empty;
        var review = _reviewer.Review(AsAnswer(prepared, mode, text), question, level);
        var preparedReading = StoryReading.Of(prepared);
        var recall = StoryRecall.Compare(preparedReading, StoryReading.OfAttempt(text), _meaning);
        var budget = PracticeModes.BudgetSeconds(mode, level);
        var grade = GradeMapper.Decide(review.Overall, recall.Score, attempt.OverrunSeconds(budget), budget).Grade;
        var context = new ProbeContext(question, prepared, text, review, recall) { PreparedReading = preparedReading };
        return new AttemptResult(question.Id, prepared.Id, mode, attempt, budget, review, recall, grade, Probes(context));
    }

    /// <summary>Reviews the answer to a follow-up <paramref name="probe"/> of <paramref name="question"/>.</summary>
    public ProbeResult EvaluateProbe(Question question, Probe probe, TimedAnswer answer, TargetLevel level = TargetLevels.Default)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(answer);
        var text = answer.Text ?? string.Empty;
        var (_, sections) = AnswerTextParser.Parse(text, pitchQuestion: false);
        var span = new SourceSpan(0, 0);
        var followUp = new FollowUp(probe.Text, new Answer(AnswerReviewer.StandaloneAnswerId, AnswerKind.Freeform, text, sections, span), span);
        return new ProbeResult(probe, answer, PracticeModes.ProbeBudgetSeconds, _reviewer.ReviewFollowUp(followUp, question, level));
    }

    private ImmutableArray<Probe> Probes(ProbeContext context)
    {
        var fromRules = BuiltIn[0].Propose(context).ToList();
        var fromStory = BuiltIn[1].Propose(context).ToList();

        // A gap first (a plan instead of a story, no own part, no outcome): nothing else can be probed until it is
        // filled. Then the story's own content, as an interviewer digs into a good story; polish (a lesson, a
        // measure, the scene) when the story gives nothing to dig into.
        var ordered = new List<Probe>();
        ordered.AddRange(fromRules.Where(RuleProbes.IsGap).Take(1));
        ordered.AddRange(fromStory);
        ordered.AddRange(fromRules.Where(p => !RuleProbes.IsGap(p)));

        var deterministic = ordered.DistinctBy(p => p.Text, StringComparer.Ordinal).Take(MaxBuiltInProbes).ToList();
        if (deterministic.Count == 0)
        {
            deterministic.Add(RuleProbes.Fallback);
        }

        var extra = _extraSources
            .SelectMany(source => source.Propose(context))
            .Select(p => p with { Origin = ProbeOrigin.Extra })
            .Where(p => !string.IsNullOrWhiteSpace(p.Text) && deterministic.All(d => d.Text != p.Text))
            .Take(_maxExtraProbes);
        return [.. deterministic, .. extra];
    }

    /// <summary>The attempt as an answer to review: the labels typed, the prepared answer's kind or compressed.</summary>
    private static Answer AsAnswer(Answer prepared, PracticeMode mode, string text)
    {
        var (parsedKind, sections) = AnswerTextParser.Parse(text, pitchQuestion: prepared.Kind == AnswerKind.Pitch);
        var kind = mode == PracticeMode.Compressed ? AnswerKind.Compressed
            : prepared.Kind is AnswerKind.Pitch or AnswerKind.Solution ? prepared.Kind
            : parsedKind;
        return new Answer(prepared.Id, kind, text, sections, new SourceSpan(0, 0));
    }
}
