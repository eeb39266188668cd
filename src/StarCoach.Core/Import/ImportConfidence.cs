namespace StarCoach.Core.Import;

/// <summary>How sure import is of what it read: below <see cref="Low"/> a question or answer was read from layout alone.</summary>
public static class ImportConfidence
{
    /// <summary>Items under this confidence (0–1) are listed for the user to check first.</summary>
    public const double Low = 0.75;

    /// <summary>True for an imported item the user should check.</summary>
    public static bool IsLow(double? confidence) => confidence < Low;
}
