namespace StarCoach.Core.Scheduling;

/// <summary>
/// Schedules practice of interview stories with the FSRS-6 spaced-repetition model. Deterministic: the only
/// inputs are the card, the grade, the optional interview date and the injected clock.
/// </summary>
public sealed class FsrsScheduler
{
    private readonly TimeProvider _timeProvider;
    private readonly FsrsParameters _parameters;

    /// <param name="timeProvider">The clock that defines "now" and, through its local time zone, calendar days.</param>
    /// <param name="parameters">The model parameters; <see cref="FsrsParameters.Default"/> when omitted.</param>
    public FsrsScheduler(TimeProvider timeProvider, FsrsParameters? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        _parameters = parameters ?? FsrsParameters.Default;
    }

    /// <summary>Records a review now and returns the card's new state; see the overload with an interview date.</summary>
    public CardState Review(CardState? card, Grade grade) => Review(card, grade, interviewDate: null);

    /// <summary>Records a review now and returns the card's new state, due no later than the interview.</summary>
    /// <remarks>
    /// <para>
    /// A <see langword="null"/> card is a first review: S = S0(G), D = D0(G) clamped to [1, 10]. Otherwise the
    /// elapsed time since <see cref="CardState.LastReview"/> is measured in fractional days. If now falls on the
    /// same calendar day as the last review (in the clock's local time zone) or earlier, the FSRS-6 short-term
    /// formula is used; otherwise Again uses the lapse formula, capped at S / e^(w17·w18) as in fsrs-rs, and
    /// Hard/Good/Easy use the recall formula. Difficulty is updated on every review after the first. Reps counts
    /// every review; Lapses counts every Again on a card that had already been reviewed.
    /// </para>
    /// <para>
    /// Due = now + the FSRS interval for the desired retention (whole days, at least 1). When
    /// <paramref name="interviewDate"/> is later than now and that due date is after interview − 1 day, the due
    /// date becomes <c>min(max(now + 1 day, interview − 2 days), interview)</c>:
    /// </para>
    /// <list type="bullet">
    /// <item>two or more days ahead, the card is practised 2 days before the interview (and, when reviewed
    /// then, again 1 day before), so every long-interval card is refreshed in the final days;</item>
    /// <item>interview in 1–2 days ("tomorrow"): due in 1 day, still before the interview;</item>
    /// <item>interview less than a day away ("today"): due at the interview itself; nothing later is useful.</item>
    /// </list>
    /// <para>
    /// Due dates that already fall at or before interview − 1 day are kept, and an interview date at or before
    /// now is ignored. Stability is not altered by the cap: after the interview the model carries on normally.
    /// </para>
    /// </remarks>
    public CardState Review(CardState? card, Grade grade, DateTimeOffset? interviewDate)
    {
        if (!Enum.IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "Not a defined grade.");
        }

        var now = _timeProvider.GetUtcNow();
        var (stability, difficulty) = card is null
            ? (Fsrs.InitialStability(_parameters, grade),
               Math.Clamp(Fsrs.InitialDifficulty(_parameters, grade), Fsrs.MinDifficulty, Fsrs.MaxDifficulty))
            : (NextStability(card, grade, now), Fsrs.NextDifficulty(_parameters, card.Difficulty, grade));
        stability = Math.Clamp(stability, Fsrs.MinStability, Fsrs.MaxStability);

        var due = DueBeforeInterview(now.AddDays(Fsrs.IntervalDays(_parameters, stability)), now, interviewDate);
        var isLapse = card is not null && grade == Grade.Again;
        return new CardState(
            stability,
            difficulty,
            LastReview: now,
            Due: due,
            Reps: (card?.Reps ?? 0) + 1,
            Lapses: (card?.Lapses ?? 0) + (isLapse ? 1 : 0));
    }

    /// <summary>
    /// The interview-date rule of <see cref="Review(CardState?, Grade, DateTimeOffset?)"/> applied to a due date set at
    /// <paramref name="reviewedAt"/>; practice planning uses it too, for cards reviewed before the date was known.
    /// </summary>
    internal static DateTimeOffset DueBeforeInterview(DateTimeOffset due, DateTimeOffset reviewedAt, DateTimeOffset? interviewDate)
    {
        if (interviewDate is not { } interview || interview <= reviewedAt || due <= interview.AddDays(-1))
        {
            return due;
        }

        var finalPractice = Max(reviewedAt.AddDays(1), interview.AddDays(-2));
        return finalPractice < interview ? finalPractice : interview;
    }

    private double NextStability(CardState card, Grade grade, DateTimeOffset now)
    {
        if (LocalDate(now) <= LocalDate(card.LastReview))
        {
            return Fsrs.ShortTermStability(_parameters, card.Stability, grade);
        }

        var elapsedDays = (now - card.LastReview).TotalDays;
        var r = Fsrs.Retrievability(_parameters, elapsedDays, card.Stability);
        return grade == Grade.Again
            ? Math.Min(
                Fsrs.StabilityAfterLapse(_parameters, card.Stability, card.Difficulty, r),
                Fsrs.PostLapseStabilityCeiling(_parameters, card.Stability))
            : Fsrs.StabilityAfterRecall(_parameters, card.Stability, card.Difficulty, r, grade);
    }

    private DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _timeProvider.LocalTimeZone).DateTime);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
