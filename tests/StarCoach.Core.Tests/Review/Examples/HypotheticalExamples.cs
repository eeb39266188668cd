namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>
/// Rows for <c>answer.hypothetical</c>: plans told for a behavioral question fire; past habits, reported speech,
/// counterfactuals and answers to hypothetical questions ("What would you do if …?") do not.
/// </summary>
internal static class HypotheticalExamples
{
    private static readonly RuleTable Table = new("answer.hypothetical");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("customer service", "If a customer was angry about a late refund, I would first listen without interrupting. I would apologise and check the order history. Then I'd explain what went wrong and what happens next. I would follow up by email the same day.",
            "Tell me about a time you handled an angry customer."),
        // Short, but it opens with a plan and tells nothing that happened.
        Table.Fires("hospitality", "I would apologise, listen to the guest and offer them another room, then let my manager know. Guests just want to feel heard at the end of the day.",
            "Tell me about a time you dealt with a guest complaint."),
        Table.Quiet("nursing", "I would make sure the patient is safe first. Then I would speak to my colleague privately and help them report it. I'd also check whether our process needs changing, and I'd raise it at the next ward meeting.",
            "What would you do if a colleague made a medication error?"),
        Table.Quiet("retail", "I'd greet each customer so they know I've seen them, and I would serve the quickest requests first. I would call a colleague from the stockroom if the queue grew past four people.",
            "How would you handle multiple customers waiting for assistance?"),
        Table.Quiet("teaching", "I would first ask the pupil privately what was going on. I'd then agree a plan with them and I would tell their parents the same week.",
            "Imagine a pupil keeps disrupting your lesson. What do you do?"),
        Table.Fires("nursing", "I would make sure the patient is safe first. Then I would speak to my colleague privately and help them report it. I'd also check whether our process needs changing.",
            "Tell me about a time a colleague made a mistake that affected a patient."),
        Table.Fires("software", "My approach would be to reproduce the bug first. I would write a failing test and then fix the code. I'd then ask a teammate for a review and I will monitor the release closely."),
        Table.Fires("retail", "Situation: If my store missed its sales target, I would gather the team for a short huddle.\nAction: I'd look at the hourly sales data, I would move staff to the busiest departments, and I'm going to run a weekend promotion."),
        Table.Quiet("nursing", "On night shifts I would always check the drug chart twice before a round. When a patient was in pain, I would usually call the doctor before the round ended. That habit caught two prescribing errors in my first year, and I taught it to every new starter."),
        Table.Quiet("retail", "The supplier said they would deliver by Friday, but the lorry never came. I told the store manager I would find another supplier, called three wholesalers and had the stock on the shelves by Saturday morning. We lost no sales that weekend."),
        Table.Quiet("teaching", Stories.Teaching + "\nLooking back, I would have involved the parents even earlier, and I would have shared the idea with the department sooner."),
        Table.Quiet("finance", Stories.Unlabelled(Stories.Finance)),
        Table.Quiet("hospitality", "I would involve the night shift earlier; they felt the new rota was imposed on them at first.", "What would you do differently?"),
    ];
}
