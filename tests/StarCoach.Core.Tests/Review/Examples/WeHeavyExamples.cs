namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>ownership.we-heavy</c>: actions told as "we" fire, and so does a short story with "we" and no "I"; actions told as "I"
/// (with some "we") do not.</summary>
internal static class WeHeavyExamples
{
    private static readonly RuleTable Table = new("ownership.we-heavy");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("software", "Situation: Our API slowed down every afternoon.\nTask: The team had to find the leak before the launch.\nAction: We analysed the logs and we found a connection leak. We rewrote the pool handling, we added an alert and we deployed the fix on Friday.\nResult: Latency dropped by 60%."),
        Table.Fires("retail", "Situation: Our store had the worst shrinkage figures in the region.\nAction: We met as a team and we agreed on new till checks. We moved the high-value stock behind the counter and we started weekly spot counts.\nResult: Shrinkage fell from 3% to 1.2% in a quarter."),
        Table.Fires("hospitality", "Situation: The restaurant kept running out of desserts on Saturdays.\nAction: We looked at the booking data and we changed the prep list. We baked a second batch at four and we trained the servers to offer alternatives.\nResult: We stopped running out, and dessert sales rose by 20%."),
        // Too short to read an action part, and "we" throughout.
        Table.Fires("office", "When the card machine failed on a Saturday we just put a sign on the door, we took bank transfers and it was sorted by the afternoon."),
        Table.Quiet("office", "When the card machine failed on a Saturday I put a sign on the door, we took bank transfers and I rang the provider, so it was sorted by the afternoon."),
        Table.Quiet("nursing", Stories.Nursing),
        Table.Quiet("logistics", Stories.Unlabelled(Stories.Logistics)),
        Table.Quiet("finance", "Situation: Expense claims took a month to pay.\nAction: I mapped the approval steps, I removed two redundant sign-offs and we agreed a weekly payment run. I trained the budget holders myself.\nResult: Claims were paid within eight days."),
        Table.Quiet("teaching", "Situation: Our department's marking load was unsustainable.\nAction: I proposed whole-class feedback sheets, we trialled them in Year 7, and I collected the teachers' views after a month. I then wrote the guidance for the whole department.\nResult: Marking time fell by about three hours a week per teacher."),
    ];
}
