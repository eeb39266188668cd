using System.Globalization;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Recall;

namespace StarCoach.Web.Features.Practice;

/// <summary>How practice pages word times, counts and statuses, so every page says them the same way (instants: <c>LocalTime</c>).</summary>
public static class PracticeText
{
    public static string Clock(double seconds)
    {
        var whole = (int)Math.Round(Math.Abs(seconds), MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }

    public static string Status(DueStatus status) => status switch
    {
        DueStatus.New => "new",
        DueStatus.Due => "due",
        _ => "later",
    };

    public static string Recall(RecallStatus status) => status switch
    {
        RecallStatus.Told => "told",
        RecallStatus.Changed => "changed",
        _ => "missed",
    };

    public static string Kind(RecallKind kind) => kind switch
    {
        RecallKind.KeyPoint => "key point",
        RecallKind.Figure => "figure",
        RecallKind.Name => "name",
        _ => "decision",
    };
}
