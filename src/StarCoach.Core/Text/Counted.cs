using System.Globalization;

namespace StarCoach.Core.Text;

/// <summary>
/// A count with its noun, singular or plural as the count needs ("1 question", "2 questions", "0 categories"): the one
/// place the CLI, the web pages and the charts count things for people.
/// </summary>
public static class Counted
{
    /// <summary>"1 <paramref name="one"/>" or "N <paramref name="many"/>"; <paramref name="many"/> defaults to <paramref name="one"/> + "s".</summary>
    public static string Of(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {Noun(count, one, many)}");

    /// <summary>The noun alone, for a count written elsewhere ("3 of 5 <c>stories</c>").</summary>
    public static string Noun(int count, string one, string? many = null)
    {
        ArgumentNullException.ThrowIfNull(one);
        return count == 1 ? one : many ?? one + "s";
    }
}
