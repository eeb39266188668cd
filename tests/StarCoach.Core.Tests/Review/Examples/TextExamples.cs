namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>text.artifact</c> and <c>text.repeated</c>: what copy-paste leaves behind.</summary>
internal static class TextExamples
{
    private static readonly RuleTable Artifact = new("text.artifact");
    private static readonly RuleTable Repeated = new("text.repeated");

    public static IEnumerable<RuleExample> All =>
    [
        Artifact.Fires("software", @"I moved the report to a read replica.\n\nFailures went from 2% to zero."),
        Artifact.Fires("finance", "**Task:** I had to bring the close down to five days, and I did it in two quarters."),
        Artifact.Fires("retail", "I didnâ€™t wait for head office: I ordered the scanners myself and queues fell to six minutes."),
        Artifact.Fires("teaching", "The students called it \\\"the club\\\" and completion rose to 85%."),
        Artifact.Fires("hospitality", "We pre-filled the cards&nbsp;overnight and check-in fell to four minutes."),
        Artifact.Fires("nursing", "The patient\uFFFDs dose was corrected within the hour."),
        Artifact.Fires("customer service", "I called the customer back the same afternoon&#x20;and refunded the delivery, and she renewed her plan."),
        Artifact.Fires("teaching", "I rewrote the unit around weekly quizzes and the pass rate rose to 78%&#8217;s best in years."),
        Artifact.Fires("nursing", "I escalated the early-warning score to the registrar and the patient was moved to HDU within the hour… Read full answer"),
        Artifact.Fires("sales", "I rebuilt the pipeline review and the quarter closed at 112% of target.\nClick to expand"),
        Artifact.Quiet("teaching", "I read more about retrieval practice over the summer, and I rewrote the unit around weekly quizzes; the pass rate rose to 78%."),
        Artifact.Quiet("software", "We used R&D; budget for the spike and AT&T; as the carrier, and latency fell by a third."),
        Artifact.Quiet("logistics", "I redrew the bay map.\n\nOn-time departures rose from 64% to 97% — the site manager’s “best month” in years."),
        Artifact.Quiet("software", "I multiplied the pool size by 2*3 and saved the config to C:\\new\\pool.yaml before the release."),
        Artifact.Quiet("nursing", Stories.Nursing),

        Repeated.Fires("software", "We turned the system on with no issues. More customers were migrating to the systems. We built new features for them. We turned the system on with no issues. More customers were migrating to the systems."),
        Repeated.Fires("retail", "I trained six part-time staff on the returns process at the main tills. Queues got shorter. Then I trained six part-time staff on the returns process at the main tills again for the weekend team."),
        Repeated.Fires("teaching", "Homework completion rose from 40% to 85% by the end of the term. Parents noticed. Homework completion rose from 40% to 85% by the end of the term."),
        Repeated.Quiet("hospitality", Stories.Hospitality),
        Repeated.Quiet("finance", "I mapped the close with the team. I automated the matching with the team. I trained the juniors with the team. The close went from twelve days to five."),
        Repeated.Quiet("logistics", Stories.Unlabelled(Stories.Logistics)),
    ];
}
