using System.Collections.Immutable;
using System.Globalization;

namespace StarCoach.Core.Scheduling;

/// <summary>The FSRS-6 model weights and the scheduling targets built on them.</summary>
public sealed class FsrsParameters
{
    /// <summary>The number of FSRS-6 weights (w0..w20).</summary>
    public const int WeightCount = 21;

    /// <summary>The FSRS-6 default weights published with the reference implementation (fsrs-rs).</summary>
    public static ImmutableArray<double> DefaultWeights { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ];

    /// <summary>Default weights, 90 % desired retention, intervals of at most 36 500 days.</summary>
    public static FsrsParameters Default { get; } = new(DefaultWeights);

    /// <param name="weights">Exactly <see cref="WeightCount"/> finite weights; w20 (the decay) must be positive.</param>
    /// <param name="desiredRetention">The recall probability at which a card falls due, strictly between 0 and 1.</param>
    /// <param name="maximumIntervalDays">The longest interval ever scheduled, at least 1.</param>
    public FsrsParameters(ImmutableArray<double> weights, double desiredRetention = 0.9, int maximumIntervalDays = 36500)
    {
        if (weights.IsDefault || weights.Length != WeightCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"FSRS-6 needs exactly {WeightCount} weights."),
                nameof(weights));
        }

        for (var i = 0; i < weights.Length; i++)
        {
            if (!double.IsFinite(weights[i]))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Weight w{i} is not a finite number."),
                    nameof(weights));
            }
        }

        // The forgetting curve divides by the decay; zero or negative would make R undefined or increasing.
        if (weights[20] <= 0)
        {
            throw new ArgumentException("Weight w20 (decay) must be positive.", nameof(weights));
        }

        // Outside (0, 1) the interval formula has no finite positive solution.
        if (!(desiredRetention is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(desiredRetention), desiredRetention, "Must be strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maximumIntervalDays, 1);

        Weights = weights;
        DesiredRetention = desiredRetention;
        MaximumIntervalDays = maximumIntervalDays;
        Decay = -weights[20];
        Factor = Math.Pow(0.9, 1 / Decay) - 1;
    }

    /// <summary>The weights w0..w20.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The recall probability at which a card falls due.</summary>
    public double DesiredRetention { get; }

    /// <summary>The longest interval ever scheduled, in days.</summary>
    public int MaximumIntervalDays { get; }

    /// <summary>The forgetting-curve exponent, −w20.</summary>
    internal double Decay { get; }

    /// <summary>Chosen so that R(S, S) = 0.9: 0.9^(1/decay) − 1.</summary>
    internal double Factor { get; }
}
