namespace StarCoach.Core.Scheduling;

/// <summary>
/// The FSRS-6 memory model formulas, as in the reference implementation (fsrs-rs, <c>model_v6.rs</c>).
/// Pure functions of the parameters; stability is not clamped here (the scheduler keeps it within
/// [<see cref="MinStability"/>, <see cref="MaxStability"/>]).
/// </summary>
internal static class Fsrs
{
    /// <summary>The lowest difficulty.</summary>
    public const double MinDifficulty = 1;

    /// <summary>The highest difficulty.</summary>
    public const double MaxDifficulty = 10;

    /// <summary>fsrs-rs keeps stability within [0.001, 36500] days so the power terms stay finite.</summary>
    public const double MinStability = 0.001;

    /// <summary>The upper stability bound of fsrs-rs.</summary>
    public const double MaxStability = 36500;

    /// <summary>Recall probability after <paramref name="elapsedDays"/> (fractional) for stability <paramref name="stability"/>.</summary>
    public static double Retrievability(FsrsParameters p, double elapsedDays, double stability) =>
        Math.Pow(1 + (p.Factor * Math.Max(elapsedDays, 0) / stability), p.Decay);

    /// <summary>S0(G) = w[G−1].</summary>
    public static double InitialStability(FsrsParameters p, Grade grade) => p.Weights[(int)grade - 1];

    /// <summary>D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (mean reversion targets the unclamped D0(Easy)).</summary>
    public static double InitialDifficulty(FsrsParameters p, Grade grade) =>
        p.Weights[4] - Math.Exp(p.Weights[5] * ((int)grade - 1)) + 1;

    /// <summary>D' = D − w6·(G−3)·(10−D)/9: the step shrinks as D nears 10, so difficulty never overshoots.</summary>
    public static double LinearDampedDifficulty(FsrsParameters p, double difficulty, Grade grade) =>
        difficulty + (-p.Weights[6] * ((int)grade - 3) * (10 - difficulty) / 9);

    /// <summary>Pulls <paramref name="difficulty"/> slightly (w7) towards D0(Easy) so it cannot stick at an extreme.</summary>
    public static double MeanReversion(FsrsParameters p, double difficulty) =>
        (p.Weights[7] * InitialDifficulty(p, Grade.Easy)) + ((1 - p.Weights[7]) * difficulty);

    /// <summary>The difficulty after a review: linear damping, mean reversion, then clamped to [1, 10].</summary>
    public static double NextDifficulty(FsrsParameters p, double difficulty, Grade grade) =>
        Math.Clamp(MeanReversion(p, LinearDampedDifficulty(p, difficulty, grade)), MinDifficulty, MaxDifficulty);

    /// <summary>Stability after a successful recall (Hard, Good or Easy) at retrievability <paramref name="r"/>.</summary>
    public static double StabilityAfterRecall(FsrsParameters p, double stability, double difficulty, double r, Grade grade)
    {
        var w = p.Weights;
        var hardPenalty = grade == Grade.Hard ? w[15] : 1;
        var easyBonus = grade == Grade.Easy ? w[16] : 1;
        var growth = Math.Exp(w[8])
            * (11 - difficulty)
            * Math.Pow(stability, -w[9])
            * (Math.Exp((1 - r) * w[10]) - 1)
            * hardPenalty
            * easyBonus;
        return stability * (growth + 1);
    }

    /// <summary>
    /// Stability after a lapse (Again) at retrievability <paramref name="r"/>: the raw FSRS formula, without the
    /// <see cref="PostLapseStabilityCeiling"/> cap the scheduler applies.
    /// </summary>
    public static double StabilityAfterLapse(FsrsParameters p, double stability, double difficulty, double r)
    {
        var w = p.Weights;
        return w[11]
            * Math.Pow(difficulty, -w[12])
            * (Math.Pow(stability + 1, w[13]) - 1)
            * Math.Exp((1 - r) * w[14]);
    }

    /// <summary>
    /// FSRS-6 (fsrs-rs) caps post-lapse stability at S / e^(w17·w18), the stability a same-day Again would
    /// leave, so forgetting can never leave a card more stable than before.
    /// </summary>
    public static double PostLapseStabilityCeiling(FsrsParameters p, double stability) =>
        stability / Math.Exp(p.Weights[17] * p.Weights[18]);

    /// <summary>
    /// Stability after a second review on the same day: S·e^(w17·(G−3+w18))·S^(−w19). As in fsrs-rs and
    /// py-fsrs, Good and Easy never lower stability (the growth factor is floored at 1 for them).
    /// </summary>
    public static double ShortTermStability(FsrsParameters p, double stability, Grade grade)
    {
        var w = p.Weights;
        var growth = Math.Exp(w[17] * ((int)grade - 3 + w[18])) * Math.Pow(stability, -w[19]);
        return stability * (grade >= Grade.Good ? Math.Max(growth, 1) : growth);
    }

    /// <summary>
    /// Whole days until recall probability falls to the desired retention: t = S/factor·(r^(1/decay) − 1),
    /// rounded half away from zero and kept within [1, maximum interval].
    /// </summary>
    public static int IntervalDays(FsrsParameters p, double stability)
    {
        var days = stability / p.Factor * (Math.Pow(p.DesiredRetention, 1 / p.Decay) - 1);
        var rounded = Math.Round(Math.Min(days, p.MaximumIntervalDays), MidpointRounding.AwayFromZero);
        return (int)Math.Clamp(rounded, 1, p.MaximumIntervalDays);
    }
}
