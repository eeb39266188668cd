using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>scope.below-level</c>: reach below the target level fires; juniors and mids are not checked.</summary>
internal static class ScopeExamples
{
    private const string OwnTaskOnly = "Situation: A checkout page threw errors for some card types, and customers were abandoning their baskets.\nTask: I picked up the ticket from the sprint board.\nAction: I reproduced the bug locally, fixed the validation code for the two card types and added unit tests for each of them.\nResult: Card errors fell from 2% to zero.";

    private static readonly RuleTable Table = new("scope.below-level");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("software", OwnTaskOnly, level: TargetLevel.Staff),
        Table.Fires("retail", "Situation: Our shelves were often empty on Monday mornings, and regular customers complained at the till.\nAction: I followed the checklist my manager gave me, restocked the shelves on Sunday evening before closing and served customers at the till as usual.\nResult: Monday sales rose by 5%.", level: TargetLevel.Senior),
        Table.Fires("nursing", "Situation: One of my patients kept missing his evening medication because he was asleep by the time the round reached him.\nAction: I moved his round to 6 p.m. and checked his chart before every shift.\nResult: He missed no doses in the next month.", level: TargetLevel.Staff),
        Table.Fires("finance", "Situation: The monthly expense report I prepared was late every month, because I copied figures by hand from four exports.\nAction: I rebuilt my spreadsheet with lookups so that the four exports filled it in directly, and checked the totals twice.\nResult: The report went out three days earlier.", level: TargetLevel.Principal),
        Table.Quiet("software", OwnTaskOnly, level: TargetLevel.Mid),
        Table.Quiet("software", Stories.Software, level: TargetLevel.Staff),
        Table.Quiet("logistics", "Situation: Five sites each planned their own transport.\nAction: I set up a cross-functional working group with the site managers and the finance director, resolved the competing priorities between sites, and mentored two planners to run the new shared schedule.\nResult: Empty truck miles fell by 18% across the company.", level: TargetLevel.Principal),
        Table.Quiet("nursing", Stories.Nursing, level: TargetLevel.Senior),
    ];
}
