namespace StarCoach.Core.Matching;

/// <summary>How many stories a match shows, the same in the CLI, the web page and the API.</summary>
public static class MatchLimits
{
    /// <summary>Stories shown when no number is asked for.</summary>
    public const int DefaultTop = 5;

    /// <summary>Most stories one match shows; past this the fit is weak for nearly every bank.</summary>
    public const int MaxTop = 20;

    /// <summary>The number of stories to show for <paramref name="asked"/>: the default when none, kept within 1 and <see cref="MaxTop"/>.</summary>
    public static int Top(int? asked) => Math.Clamp(asked ?? DefaultTop, 1, MaxTop);
}
