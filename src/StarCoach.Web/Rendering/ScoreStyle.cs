using StarCoach.Core.Banks;
using StarCoach.Core.Review;

namespace StarCoach.Web.Rendering;

/// <summary>CSS classes and words for scores and severities, so every page colours them the same way.</summary>
public static class ScoreStyle
{
    public static string Of(int overall) => overall >= 70 ? "good" : overall >= 50 ? "fair" : "poor";

    public static string Of(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    public static string Kind(AnswerKind kind) => kind.ToString().ToLowerInvariant();
}
