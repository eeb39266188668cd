using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;
using StarCoach.Core.Import;

namespace StarCoach.Core.Tests.Consistency;

/// <summary>What the claims extractor reads from single answers.</summary>
public sealed class ClaimExtractorTests
{
    public static TheoryData<string, ClaimKind, string, string> Figures() => new()
    {
        { "At Google, I led a project that cut serving latency by 30%, which helped.", ClaimKind.Percentage, "serving latency", "30%" },
        { "We reduced the 90th percentile latencies by over 40% for customers.", ClaimKind.Percentage, "latency", "over 40%" },
        { "Latency was reduced by over 50%.", ClaimKind.Percentage, "latency", "over 50%" },
        { "We achieved a 30-40% reduction in overall pipeline execution time.", ClaimKind.Percentage, "pipeline execution time", "30–40%" },
        { "A 30% increase in the click-through rate for complex queries.", ClaimKind.Percentage, "click-through rate", "30%" },
        { "Saved the client over $50,000 per year in data enrichment costs.", ClaimKind.Money, "data enrichment cost", "over $50,000" },
        { "Saved the client over 50,000 dollars per year in data enrichment costs.", ClaimKind.Money, "data enrichment cost", "over $50,000" },
        { "Saved the client over USD 50,000 per year in data enrichment costs.", ClaimKind.Money, "data enrichment cost", "over $50,000" },
        { "Saved the client over €50k per year in data enrichment costs.", ClaimKind.Money, "data enrichment cost", "over €50,000" },
        { "Within 5 years, we grew from 2- 3 people to over 50 team members.", ClaimKind.TeamSize, "team", "over 50 people" },
        { "Increased throughput by 2.5x.", ClaimKind.Multiple, "throughput", "2.5x" },
        { "I trained forty teachers on the new curriculum.", ClaimKind.TeamSize, "team", "40 people" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Extract_Figure_ReadsWhatItMeasures(string answer, ClaimKind kind, string subject, string value)
    {
        var claims = ClaimExtractor.Extract(BankOf(answer));

        var claim = Assert.Single(claims, c => c.Kind == kind && c.IsConfident);
        Assert.Equal(subject, claim.Subject);
        Assert.Equal(value, claim.Value!.Describe());
    }

    [Fact]
    public void Extract_EmployersRolesAndTenure_AreClaimsWithTheirEmployer()
    {
        var claims = ClaimExtractor.Extract(BankOf("While my tenure at CBRE/Google was relatively short (8 months), I shipped a lot. As the tech lead at NetApp, I grew the team. I'm a seasoned ML Engineer with over 15 years of experience and want an IC6 role at Meta."));

        Assert.Contains(claims, c => c.Kind == ClaimKind.Tenure && c.Employer == "CBRE/Google" && c.Value!.Low == 8);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Tenure && c.Subject == "career" && c.Value!.Describe() == "over 180 months");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Role && c.Subject == "tech lead" && c.Employer == "NetApp");
        Assert.Contains(claims, c => c.Kind == ClaimKind.Role && c.Subject == "ml engineer");
        Assert.DoesNotContain(claims, c => c.Employer == "Meta");
        Assert.DoesNotContain(claims, c => c.Subject == "ic6");
    }

    [Fact]
    public void Extract_EmployerFollowedBySpacesAndCapitals_KeepsItsSpanExact()
    {
        var bank = BankOf("I moved while at NetApp   IC6 work went on.");

        var claim = Assert.Single(ClaimExtractor.Extract(bank), c => c.Kind == ClaimKind.Employer);
        Assert.Equal(claim.Text, bank.Questions[0].Answers[0].Text.Substring(claim.Location.Start, claim.Location.Length));
    }

    [Fact]
    public void Extract_Colleagues_AreNotEmployers()
    {
        var claims = ClaimExtractor.Extract(BankOf("While working with David, I paired him with a mentor. As a mentor with Alice Chen, I worked with Priya on the rota."));

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Employer);
    }

    [Fact]
    public void Extract_GoalFigures_AreMarkedAsTargets()
    {
        var claims = ClaimExtractor.Extract(BankOf("I defined quantifiable goals, such as a 50% reduction in latency. In the end we reduced latency by 65%."));

        Assert.True(Assert.Single(claims, c => c.Value?.Low == 50).IsTarget);
        Assert.False(Assert.Single(claims, c => c.Value?.Low == 65).IsTarget);
    }

    [Fact]
    public void Extract_OrdinalsAndCodes_AreNotFigures()
    {
        var claims = ClaimExtractor.Extract(BankOf("As an IC6 on the L4 team, I tuned the 90th percentile on 3D renders at Q3."));

        Assert.DoesNotContain(claims, c => c.Value is not null);
    }

    private static Bank BankOf(string answer) =>
        new BankImporter().Import("prep.txt", System.Text.Encoding.UTF8.GetBytes("Tell me about a time you improved something.\n\n" + answer + "\n")).Bank!;
}
