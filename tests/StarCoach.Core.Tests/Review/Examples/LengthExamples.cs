using StarCoach.Core.Banks;
using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>length.too-short</c> and <c>length.too-long</c>: budgets by kind and level (150 words a minute).</summary>
internal static class LengthExamples
{
    private static readonly RuleTable Short = new("length.too-short");
    private static readonly RuleTable Long = new("length.too-long");

    // About 520 words: three full stories told one after the other; about 710 with a fourth.
    private static readonly string ThreeStories = Stories.Unlabelled(Stories.Retail) + "\n\n" + Stories.Unlabelled(Stories.Finance) + "\n\n" + Stories.Unlabelled(Stories.Logistics);
    private static readonly string FourStories = ThreeStories + "\n\n" + Stories.Unlabelled(Stories.Teaching);

    public static IEnumerable<RuleExample> All =>
    [
        Short.Fires("retail", "Situation: Queues were long. Action: I opened another till. Result: Waiting fell to five minutes."),
        Short.Fires("nursing", "I noticed a dosing error on a heparin pump, paused it and called the pharmacist. The patient was fine and we added a weight check to the pump library."),
        Short.Fires("finance", "I automated the intercompany reconciliation and the close went from twelve days to five.", level: TargetLevel.Staff),
        Short.Fires("hospitality", "I run a hotel front desk.", "Tell me about yourself"),
        Short.Fires("software", "I cut our build from 40 to 6 minutes.", kind: AnswerKind.Compressed),
        Short.Quiet("nursing", Stories.Nursing),
        Short.Quiet("teaching", Stories.Teaching, level: TargetLevel.Junior),
        Short.Quiet("logistics", "At a regional distribution centre, trucks left late on two out of three mornings because pallets were staged in the wrong bays, and stores were complaining every day. As shift lead I owned the outbound dock and had to fix it before peak season. I redrew the bay map with the warehouse manager, had the picking screens updated in one weekend and introduced a two-minute scan check before loading, which I coached the new loaders on myself. On-time departures rose from 64% to 97% within a month, and the scan check became standard on all three shifts.", kind: AnswerKind.Compressed),
        Short.Quiet("hospitality", "I'm a front office supervisor with six years in city hotels, the last two running a team of nine receptionists at a 200-room hotel in Manchester. I like fixing the small things that make arrivals slow: last year I cut our average check-in from eleven minutes to four and brought our review score back to 4.6. Before hotels I spent three years in events, which taught me to plan for the busiest hour rather than the average one. Outside work I run the Saturday rota for twenty volunteers at a food bank. I'm looking for an assistant front office manager role where I can train new supervisors and work more closely with revenue management, because that is where arrivals are really planned.", "Tell me about yourself"),

        Long.Fires("retail", FourStories),
        Long.Fires("finance", ThreeStories, level: TargetLevel.Junior),
        Long.Fires("software", Stories.Unlabelled(Stories.Software) + " " + Stories.Unlabelled(Stories.Retail), kind: AnswerKind.Compressed),
        Long.Fires("hospitality", ThreeStories, "Tell me about yourself"),
        Long.Quiet("nursing", Stories.Nursing),
        Long.Quiet("teaching", Stories.Unlabelled(Stories.Teaching) + " " + Stories.Unlabelled(Stories.Hospitality), level: TargetLevel.Staff),
        Long.Quiet("logistics", Stories.Logistics, kind: AnswerKind.Compressed),
    ];
}
