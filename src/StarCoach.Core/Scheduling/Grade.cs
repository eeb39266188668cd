namespace StarCoach.Core.Scheduling;

/// <summary>How well a story was recalled in one review, on the FSRS four-point scale.</summary>
public enum Grade
{
    /// <summary>Forgotten or badly told; the card lapses and comes back soon.</summary>
    Again = 1,

    /// <summary>Recalled with serious effort or flaws.</summary>
    Hard = 2,

    /// <summary>Recalled well.</summary>
    Good = 3,

    /// <summary>Recalled effortlessly and told within the time budget.</summary>
    Easy = 4,
}
