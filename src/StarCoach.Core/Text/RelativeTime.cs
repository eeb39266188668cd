using System.Globalization;

namespace StarCoach.Core.Text;

/// <summary>
/// How far an instant is from now, in words that do not depend on a time zone ("in 5 hours", "in 3 days",
/// "2 days ago", "now"), so the terminal and the browser say the same thing wherever the candidate is.
/// </summary>
public static class RelativeTime
{
    /// <summary>"now" (within a minute), "in 40 minutes", "in 5 hours", "in 3 days", "2 days ago".</summary>
    public static string Of(DateTimeOffset instant, DateTimeOffset now)
    {
        var span = instant - now;
        var abs = span.Duration();
        if (abs < TimeSpan.FromMinutes(1))
        {
            return "now";
        }

        var amount = abs < TimeSpan.FromHours(1) ? Unit((int)abs.TotalMinutes, "minute")
            : abs < TimeSpan.FromHours(23.5) ? Unit((int)Math.Round(abs.TotalHours), "hour")
            : Unit((int)Math.Round(abs.TotalDays), "day");
        return span > TimeSpan.Zero ? "in " + amount : amount + " ago";
    }

    /// <summary>
    /// When something due at <paramref name="due"/> should be done: "now" when that is not in the future (or never set),
    /// else <see cref="Of"/> — never a time already past.
    /// </summary>
    public static string Until(DateTimeOffset? due, DateTimeOffset now) =>
        IsDue(due, now) ? "now" : Of(due!.Value, now);

    /// <summary>True when something due at <paramref name="due"/> is due now: never set, or not in the future.</summary>
    public static bool IsDue(DateTimeOffset? due, DateTimeOffset now) => due is not { } at || at <= now;

    private static string Unit(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? string.Empty : "s")}");
}
