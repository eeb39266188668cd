namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>language.filler</c>, <c>language.hedge</c> and <c>language.cliche</c>, with the uses the guards let pass.</summary>
internal static class LanguageExamples
{
    private static readonly RuleTable Filler = new("language.filler");
    private static readonly RuleTable Hedge = new("language.hedge");
    private static readonly RuleTable Cliche = new("language.cliche");

    public static IEnumerable<RuleExample> All =>
    [
        Filler.Fires("hospitality", "So, um, I basically rebuilt the rota for the breakfast shift and moved two cooks later. Complaints dropped from twelve a week to one."),
        Filler.Fires("retail", "The stockroom was, like, a total mess, so I labelled every shelf by supplier. Staff found deliveries in minutes instead of an hour."),
        Filler.Fires("teaching", "I kind of wanted the class to own their homework, you know, so I let them pick the day it was due. Completion went from 40% to 85%."),
        Filler.Fires("nursing", "I mean, the ward was short three nurses every night. I literally rebuilt the assignments each evening until the float nurse arrived."),
        Filler.Quiet("finance", "I automated the matching with tools like Excel macros and Power Query, and the close went from twelve days to five."),
        Filler.Quiet("software", "This kind of outage needs a runbook, so I wrote one and I'll let you know how the next on-call went: zero pages."),
        Filler.Quiet("logistics", "That is what I mean by owning the dock: I walked it with the night team, redrew the bay map and checked every truck myself."),
        Filler.Quiet("nursing", Stories.Nursing),

        Hedge.Fires("finance", "I think we cut the close by about a week. The new template probably saved the team a lot of time."),
        Hedge.Fires("retail", "Maybe the new rota helped, I guess. Queues were sort of shorter after the change."),
        Hedge.Fires("teaching", "Homework completion went up, hopefully because of the club. I'd say most students were more confident by March."),
        Hedge.Fires("logistics", "I redrew the bay map and, I'm not sure, perhaps the scan check did the rest. On-time departures rose to 97%."),
        Hedge.Quiet("nursing", "I think about the patient first: I paused the infusion and called the pharmacist before anything else."),
        Hedge.Quiet("hospitality", "I thought the booking system was re-typing data, so I checked it with the vendor and we pre-filled the cards. Check-in fell from eleven minutes to four."),
        Hedge.Quiet("software", "Every sort of request went through one queue, so I split it by service and cut the wait from three days to one."),
        Hedge.Quiet("teaching", Stories.Teaching),

        Cliche.Fires("software", "I always think outside the box, so I moved the report to a read replica. It was a win-win for the data team and for payments."),
        Cliche.Fires("retail", "The handheld scanners really moved the needle on queue times, and I went above and beyond to train the weekend staff."),
        Cliche.Fires("finance", "I'm a team player, and the new close process created real synergy between the regional finance teams."),
        Cliche.Fires("hospitality", "Our express desk was a game changer, and the team delivered a world-class arrival experience."),
        Cliche.Quiet("logistics", "I found a box of unlabelled scanners in the office and set them up for the night shift."),
        Cliche.Quiet("teaching", "I thought outside the box by running the homework club in the library instead of my classroom, and attendance doubled.",
            "When was the last time you thought outside the box?"),
        Cliche.Quiet("nursing", Stories.Nursing),
    ];
}
