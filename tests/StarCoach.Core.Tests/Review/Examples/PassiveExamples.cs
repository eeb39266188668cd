namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>language.passive</c>: passives that hide who acted fire; named actors, states and the candidate as subject do not.</summary>
internal static class PassiveExamples
{
    private static readonly RuleTable Table = new("language.passive");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("retail", "Situation: Our garden centre had long Saturday queues.\nAction: A new rota was introduced and the fast-selling stock was moved to the front of the store.\nResult: Queues fell from twenty minutes to six."),
        Table.Fires("finance", "Situation: The month-end close took twelve days.\nAction: The reconciliations were automated and a cut-off calendar was agreed with the regions.\nResult: The close went from twelve days to five."),
        Table.Fires("nursing", "Situation: Handovers on our ward were rushed.\nAction: A written handover sheet was created and the night staff were trained on it.\nResult: Missed details at handover fell by half."),
        Table.Fires("logistics", "Situation: Trucks left late.\nAction: I looked into it.\nResult: The bay map was redrawn and the problem was fixed within a month."),
        Table.Quiet("software", "Situation: Checkout failed on Fridays.\nAction: I moved the report to a replica; the change was approved by the data team lead before release.\nResult: Failures went to zero."),
        Table.Quiet("teaching", "Situation: The school was built in the 1970s and was designed for half as many students.\nAction: I was asked to plan the new timetable, and I was excited to rebuild it around the two science labs.\nResult: Lessons in the labs rose from two a week to five per class."),
        Table.Quiet("hospitality", Stories.Hospitality),
        Table.Quiet("nursing", Stories.Nursing),
    ];
}
