using System.Globalization;

namespace StarCoach.Cli.Views;

/// <summary>Dates as practice output writes them: the day in the clock's local time zone, and how far away it is.</summary>
internal static class Dates
{
    /// <summary>"Mon 3 Mar 2025", the day in <paramref name="zone"/>.</summary>
    public static string Day(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"now", "in 3 days", "2 days ago", "in 5 hours".</summary>
    public static string Relative(DateTimeOffset instant, DateTimeOffset now)
    {
        var span = instant - now;
        var ahead = span >= TimeSpan.Zero;
        var abs = span.Duration();
        string amount;
        if (abs < TimeSpan.FromMinutes(1))
        {
            return "now";
        }

        if (abs < TimeSpan.FromHours(1))
        {
            amount = Unit((int)abs.TotalMinutes, "minute");
        }
        else if (abs < TimeSpan.FromHours(23.5))
        {
            amount = Unit((int)Math.Round(abs.TotalHours), "hour");
        }
        else
        {
            amount = Unit((int)Math.Round(abs.TotalDays), "day");
        }

        return ahead ? "in " + amount : amount + " ago";
    }

    private static string Unit(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? string.Empty : "s")}");
}
