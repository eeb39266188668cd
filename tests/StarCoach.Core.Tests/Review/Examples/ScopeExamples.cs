using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>scope.below-level</c>: reach below the target level fires; juniors and mids are not checked.</summary>
internal static class ScopeExamples
{
    private const string OwnTaskOnly = "Situation: A checkout page threw errors for some card types.\nTask: I picked up the ticket.\nAction: I reproduced the bug, fixed the validation code and added unit tests.\nResult: Card errors fell from 2% to zero.";

    private static readonly RuleTable Table = new("scope.below-level");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("software", OwnTaskOnly, level: TargetLevel.Staff),
        Table.Fires("retail", "Situation: Our shelves were often empty on Monday mornings.\nAction: I followed the checklist my manager gave me, restocked the shelves on Sunday evening and served customers at the till.\nResult: Monday sales rose by 5%.", level: TargetLevel.Senior),
        Table.Fires("nursing", "Situation: One of my patients kept missing his evening medication.\nAction: I moved his round to 6 p.m. and checked his chart before every shift.\nResult: He missed no doses in the next month.", level: TargetLevel.Staff),
        Table.Fires("finance", "Situation: The expense report was late every month.\nAction: I rebuilt my spreadsheet with lookups and checked the totals twice.\nResult: The report went out three days earlier.", level: TargetLevel.Principal),
        Table.Quiet("software", OwnTaskOnly, level: TargetLevel.Mid),
        Table.Quiet("software", Stories.Software, level: TargetLevel.Staff),
        Table.Quiet("logistics", "Situation: Five sites each planned their own transport.\nAction: I set up a cross-functional working group with the site managers and the finance director, resolved the competing priorities between sites, and mentored two planners to run the new shared schedule.\nResult: Empty truck miles fell by 18% across the company.", level: TargetLevel.Principal),
        Table.Quiet("nursing", Stories.Nursing, level: TargetLevel.Senior),
    ];
}
