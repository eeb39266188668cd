using System.Globalization;

namespace StarCoach.Web.Features.Practice;

/// <summary>The follow-ups a candidate passed on, carried in the attempt page's query as "0,2".</summary>
public static class FollowUpSkips
{
    // An attempt asks two or three probes; anything beyond is not a probe index.
    private const int MaxIndex = 10;

    /// <summary>The indexes in <paramref name="value"/>; unreadable entries are ignored.</summary>
    public static IReadOnlySet<int> Parse(string? value) =>
        (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i is >= 0 and <= MaxIndex)
            .ToHashSet();

    /// <summary>The indexes as the query carries them.</summary>
    public static string Format(IEnumerable<int> skipped) =>
        string.Join(',', skipped.Where(i => i is >= 0 and <= MaxIndex).Distinct().Order().Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
