using System.Globalization;
using StarCoach.Core.Text;

namespace StarCoach.Cli.Views;

/// <summary>Dates as practice output writes them: the day in the clock's local time zone, and how far away it is.</summary>
internal static class Dates
{
    /// <summary>"Mon 3 Mar 2025", the day in <paramref name="zone"/>.</summary>
    public static string Day(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"now", "in 3 days", "2 days ago", "in 5 hours" (<see cref="RelativeTime"/>, as the web app says it).</summary>
    public static string Relative(DateTimeOffset instant, DateTimeOffset now) => RelativeTime.Of(instant, now);

    /// <summary>When something is due next: "now" when already due, else "Thu 6 Mar 2025 (in 3 days)".</summary>
    public static string Due(DateTimeOffset? due, DateTimeOffset now, TimeZoneInfo zone) =>
        RelativeTime.IsDue(due, now) ? RelativeTime.Until(due, now) : $"{Day(due!.Value, zone)} ({RelativeTime.Until(due, now)})";
}
