namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>result.unquantified</c>: any figure (%, money, time, count, before→after) quiets it.</summary>
internal static class ResultUnquantifiedExamples
{
    private static readonly RuleTable Table = new("result.unquantified");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("hospitality", "Situation: Guests at our hotel complained about slow check-ins.\nTask: I had to speed up arrivals.\nAction: I pre-filled registration cards overnight and opened an express desk for online check-ins.\nResult: Guests were much happier, and the team felt more confident at the desk."),
        // A plan for a hypothetical question has no result to measure yet.
        Table.Quiet("retail", "I would first listen to the customer and check the till history for the purchase. If the sale is there I would refund it, and if not I would offer store credit and call the duty manager. As a result the customer would leave satisfied and the team would see the policy applied the same way every time.", "What would you do if a customer asked for a refund without a receipt?"),
        // "It went really well", "a lot busier": a change claimed and not measured.
        Table.Fires("library", "Situation: Our branch library ran a Saturday coding club that hardly anyone attended.\nTask: I was asked to find out why and bring more teenagers in.\nAction: I asked the few who came what would help, moved the start from 9 to 11 and took a poster round the two local schools.\nResult: It went really well and the club got a lot busier."),
        Table.Fires("teaching", "Situation: My Year 8 class rarely did homework.\nTask: I wanted them ready for their exams.\nAction: I started a homework club and rewrote the tasks into short sets.\nResult: In the end the students were more engaged and the parents appreciated the change."),
        Table.Fires("software", "Situation: Our release process was manual and error-prone, and every release needed two engineers for an evening.\nTask: I owned the release pipeline.\nAction: I automated the build, added a smoke test and wrote a rollback script.\nResult: The release went smoothly and the client was pleased with the outcome."),
        Table.Fires("nursing", "On our ward, handovers between shifts were rushed and details were lost. I was asked to improve them. I introduced a written handover sheet and trained every nurse on it during the morning huddles. As a result, handovers became calmer and the night staff said they felt better prepared."),
        Table.Quiet("retail", Stories.Retail),
        Table.Quiet("finance", Stories.Unlabelled(Stories.Finance)),
        Table.Quiet("logistics", "Situation: Deliveries were late.\nAction: I re-planned the routes with the drivers.\nResult: Route planning went from days to hours, and late deliveries became rare."),
        Table.Quiet("software", "Situation: Checkout failed every Friday.\nAction: I moved the reporting job to a replica.\nResult: We saved $40,000 a month in failed payments."),
        Table.Quiet("hospitality", "Situation: Room turnaround was slow.\nAction: I re-sequenced the housekeeping rounds.\nResult: Rooms were ready twice as fast, and early check-ins doubled."),
        Table.Quiet("nursing", "Two senior nurses on my unit disagreed about how to split the heavy patients on short-staffed weekends. I met each of them separately, then together, and we agreed on an acuity score sheet. Complaints about assignments dropped from weekly to almost none."),
        Table.Quiet("teaching", "Situation: Attendance at parents' evening was poor.\nAction: I switched to short video calls booked online.\nResult: Within a term, 45 of the 60 families attended."),
    ];
}
