namespace StarCoach.Core.Scheduling;

/// <summary>The memory state of one practice card after its latest review.</summary>
/// <param name="Stability">Days until recall probability falls to 90 % (FSRS stability S).</param>
/// <param name="Difficulty">FSRS difficulty D, from 1 (easiest) to 10.</param>
/// <param name="LastReview">When the card was last reviewed.</param>
/// <param name="Due">When the card should next be practised.</param>
/// <param name="Reps">How many reviews the card has had.</param>
/// <param name="Lapses">How many times an already-studied card was graded <see cref="Grade.Again"/>.</param>
public sealed record CardState(
    double Stability,
    double Difficulty,
    DateTimeOffset LastReview,
    DateTimeOffset Due,
    int Reps,
    int Lapses);
