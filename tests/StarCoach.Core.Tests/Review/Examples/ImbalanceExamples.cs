namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>star.imbalance</c>: a long set-up with a thin action part fires, proportioned stories do not.</summary>
internal static class ImbalanceExamples
{
    private static readonly RuleTable Table = new("star.imbalance");

    public static IEnumerable<RuleExample> All =>
    [
        // A plan for "What would you do if…?" is not a story told in parts, even with a past case at its end.
        Table.Quiet("hospitality", """
            The first thing I would do is check that nobody is at risk, and only then think about the guest playing the music. Late at night a complaint about noise is usually about sleep, and tired guests get angrier, not calmer. So if the desk took a second call about the same room, I'd go up myself and knock quietly rather than phone, because a face at the door lands better than a voice on the line. I'd frame it as what the neighbours had told us, not as a judgement, and offer to help with whatever they were celebrating. If it carried on I would bring in the duty manager, even though that feels heavy-handed, because they can move guests or end a booking. Afterwards I would log it so the day team can follow up, and I'd check on the guests who complained before they checked out. I handled something similar at my last hotel, where a quiet word at the door settled it in a few minutes.
            """, "What would you do if a guest kept playing loud music late at night?"),
        Table.Fires("logistics", """
            Situation: Our regional distribution centre served forty supermarkets across the South West, and the outbound dock ran three shifts a day. For years the site had relied on paper bay sheets that the night team filled in by hand. The sheets were often out of date, because bay labels were changed during the day without anyone telling the night shift. Drivers waited at the gatehouse while loaders searched for pallets, and the transport office spent the first hour of every morning apologising to stores. The site manager had tried two different scanning systems before, and both had been abandoned after a few weeks because nobody maintained them. Morale on the dock was low, and two experienced loaders had just resigned.
            Task: As the new shift lead, I was responsible for the outbound dock and for getting trucks out on time before the peak season.
            Action: I redrew the bay map and added a scan check before loading.
            Result: On-time departures rose from 64% to 97% within a month.
            """),
        Table.Fires("finance", """
            Situation: I joined the finance team of a mid-sized manufacturer just after it had bought two smaller competitors. Each of the three businesses used its own accounting software, its own chart of accounts and its own calendar for the month-end close. The group reporting pack was assembled in a spreadsheet with more than forty tabs that only one person fully understood, and she was about to go on maternity leave. Auditors had raised the close as a risk two years in a row, and the board was frustrated that results arrived three weeks after month end. The CFO had promised the banks faster reporting as part of the refinancing. Nobody owned the process end to end, and every region blamed the others for late data.
            Task: My task was to bring the group close down to ten working days.
            Action: I built one reconciliation template for all three businesses.
            Result: The close went from fifteen days to nine by the second quarter.
            """),
        Table.Fires("teaching", """
            Situation: When I started at the school, the science department had lost three teachers in a year and relied on supply staff for a third of its lessons. The Year 9 groups had had six different teachers since September, their books were incomplete, and many students no longer brought equipment to lessons. Parents had complained to the head, and the local authority had flagged the department in its last review. The head of department was on long-term sick leave, the schemes of work were out of date, and the practical equipment had not been checked for years. Behaviour in the science corridor was the worst in the school, and teachers from other departments avoided covering lessons there.
            Task: I was asked to stabilise Year 9 science before the end of the year.
            Action: I rewrote the Year 9 scheme of work.
            Result: Behaviour incidents fell by half and end-of-year results improved by a grade.
            """),
        Table.Quiet("nursing", Stories.Nursing),
        Table.Quiet("retail", Stories.Unlabelled(Stories.Retail)),
        Table.Quiet("hospitality", Stories.Hospitality),
        Table.Quiet("software", Stories.Unlabelled(Stories.Software)),
    ];
}
