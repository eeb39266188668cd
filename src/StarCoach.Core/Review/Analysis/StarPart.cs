using StarCoach.Core.Import.Outline;

namespace StarCoach.Core.Review.Analysis;

/// <summary>The parts of a STAR story in the order they are told, with a reflection at the end.</summary>
internal enum StarPart
{
    Situation,
    Task,
    Action,
    Result,
    Reflection,
}

internal static class StarParts
{
    public const int Count = 5;

    /// <summary>The part a section label plays: "Opportunity" and "Analysis" are the task, "Outcome" the result.</summary>
    public static StarPart? OfLabel(string label)
    {
        var bare = label.Split('(')[0];
        return StarLabels.RoleOf(bare) switch
        {
            StarRole.Situation => StarPart.Situation,
            StarRole.Task => StarPart.Task,
            StarRole.Action => StarPart.Action,
            StarRole.Result => StarPart.Result,
            StarRole.Reflection => StarPart.Reflection,
            _ => null,
        };
    }

    public static string Name(StarPart part) => part switch
    {
        StarPart.Situation => "situation",
        StarPart.Task => "task",
        StarPart.Action => "action",
        StarPart.Result => "result",
        _ => "reflection",
    };
}
