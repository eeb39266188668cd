namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>reflection.missing</c>: failure and conflict stories need a lesson; success stories do not.</summary>
internal static class ReflectionExamples
{
    private static readonly RuleTable Table = new("reflection.missing");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("finance", "Situation: In my first budget cycle I sent the board pack with last year's exchange rates.\nTask: I had to correct it before the meeting.\nAction: I re-ran the model overnight, called the CFO to explain and sent a corrected pack with a change log.\nResult: The board approved the budget on time.",
            "Tell me about a time you made a mistake."),
        Table.Fires("nursing", "Situation: I made a mistake on a night shift: I gave a patient's antibiotics an hour late because I misread the chart.\nAction: I told the nurse in charge straight away, informed the doctor and completed an incident report.\nResult: The patient came to no harm."),
        Table.Fires("retail", "Situation: Two of my supervisors disagreed about who should cover Sunday shifts, and the argument spilled onto the shop floor.\nAction: I met each of them, then both together, and we agreed a rota that rotated Sundays fairly.\nResult: Complaints about the rota stopped.",
            "Give me an example of a conflict with a colleague and how you resolved it."),
        Table.Quiet("finance", "Situation: In my first budget cycle I sent the board pack with last year's exchange rates.\nAction: I re-ran the model overnight and sent a corrected pack with a change log.\nResult: The board approved the budget on time.\nLessons learned: Since then I always run a rate check before any pack leaves finance.",
            "Tell me about a time you made a mistake."),
        Table.Quiet("teaching", "Situation: A parent and I disagreed about her son's exam entry.\nAction: I showed her his mock results and we agreed on a plan with extra lessons.\nResult: He passed with a grade 6. It taught me to share data with parents early, not just at parents' evening.",
            "Tell me about a conflict with a parent."),
        Table.Quiet("support", "Situation: The billing team and my support team kept arguing about which tickets were real bugs.\nAction: I reviewed last month's escalations with a senior agent, agreed a template with their manager and set up a weekly triage call.\nResult: Escalations without steps to reproduce dropped from a third to almost none.\nWhat I took away is to check my own side of an argument before I defend it.",
            "Tell me about a conflict with another team."),
        Table.Quiet("retail", Stories.Retail),
        Table.Quiet("logistics", Stories.Unlabelled(Stories.Logistics)),
    ];
}
