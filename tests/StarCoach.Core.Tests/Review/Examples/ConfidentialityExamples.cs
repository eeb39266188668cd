namespace StarCoach.Core.Tests.Review.Examples;

/// <summary>Rows for <c>confidentiality.risk</c>: names after "confidential", code names; employers and anonymised clients are fine.</summary>
internal static class ConfidentialityExamples
{
    private static readonly RuleTable Table = new("confidentiality.risk");

    public static IEnumerable<RuleExample> All =>
    [
        Table.Fires("retail", "Due to an NDA I can't name the client, but it was the online grocery team at Tesco, and we cut their picking errors by 30%."),
        Table.Fires("software", "I led the migration of the new billing engine, which was codenamed Falcon, from the data centre to the cloud."),
        Table.Fires("finance", "The deal terms are confidential. Our client, Barclays, wanted the model in two weeks, so I built it over a weekend."),
        Table.Fires("hospitality", "I can't share details because the rebrand is still under wraps. Let's call it \"Aurora\": it was a boutique line for the group, and I ran its front office training."),
        Table.Quiet("finance", "I can't share the client's name because of an NDA, so I'll call them a large UK bank. I built their pricing model in two weeks."),
        Table.Quiet("consulting", "At Deloitte, I led the audit of a retail client's stock counts and cut the count time by half."),
        Table.Quiet("software", "Situation: A colleague, let's call him Mark, wanted to use Spark.\nAction: I proposed Kafka Streams, and we ran an A/B test.\nResult: Kafka Streams had 30% lower latency."),
        Table.Quiet("nursing", Stories.Nursing),
    ];
}
