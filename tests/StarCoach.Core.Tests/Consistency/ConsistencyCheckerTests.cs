using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Consistency;

/// <summary>The consistency report on the seed bank, with and without the candidate's résumé.</summary>
public sealed class ConsistencyCheckerTests
{
    private static readonly Lazy<Bank> Seed = new(() => new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!);

    private static Resume Resume() => new ResumeReader(new FixedTime()).ReadFile(Seeds.Fixture("resume-ml-engineer.txt")).Resume!;

    [Fact]
    public void Check_Seed_FindsThePitchsServingLatencyContradiction()
    {
        var report = ConsistencyChecker.Check(Seed.Value);

        var finding = Assert.Single(report.Findings, f => f.Kind == FindingKinds.FigureContradiction && f.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("serving latency", finding.Subject, StringComparison.Ordinal);
        Assert.Equal("Google", finding.Employer);
        var texts = finding.Spans.Select(s => s.Excerpt).ToList();
        Assert.Contains(texts, t => t.Contains("cut serving latency by 30%", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("by over 40%", StringComparison.Ordinal));
        Assert.All(finding.Spans, s => Assert.NotNull(s.AnswerId));
        Assert.Contains("30%", finding.Reconcile, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Seed_EverySpanPointsAtTheClaimInItsAnswer()
    {
        var report = ConsistencyChecker.Check(Seed.Value);
        var answers = Seed.Value.Questions.SelectMany(q => q.Answers.Concat(q.FollowUps.Select(f => f.Answer).OfType<Answer>())).ToDictionary(a => a.Id);

        foreach (var claim in report.Claims)
        {
            var text = answers[claim.Location.AnswerId!].Text;
            Assert.Equal(claim.Text, text.Substring(claim.Location.Start, claim.Location.Length));
        }
    }

    [Fact]
    public void Check_UnrelatedMetricsWithTheSameFigure_AreNotFlagged()
    {
        var report = ConsistencyChecker.Check(Seed.Value);

        // "a 30% reduction in the number of ranking feature computations" vs "A 30% increase in the click-through rate",
        // "Reduced the average training time by 30%" vs "a 30-40% reduction in overall pipeline execution time".
        Assert.DoesNotContain(report.Findings, f => f.Subject is { } s && (s.Contains("click", StringComparison.Ordinal) || s.Contains("computation", StringComparison.Ordinal) || s.Contains("training time", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_GoalAndResultInOneStory_AreNotAContradiction()
    {
        var report = ConsistencyChecker.Check(Seed.Value);

        // "goals … such as a 50% reduction in latency" and later "Reduced latency by 65%" at Mphasis.
        Assert.DoesNotContain(report.Findings, f => f.Employer == "Mphasis" && f.Kind == FindingKinds.FigureContradiction);
    }

    [Fact]
    public void Check_SameMetricAtDifferentEmployers_IsNotAContradiction()
    {
        var bank = Import(TwoStories("At Acme, I rebuilt the cache and reduced checkout latency by 30%.", "At Initech, I moved search to SSDs and reduced checkout latency by 60%."));

        Assert.Empty(ConsistencyChecker.Check(bank).Findings);
    }

    [Fact]
    public void Check_BareMetricInTwoStoriesAtOneEmployer_IsOnlyANote()
    {
        var bank = Import(TwoStories("At Acme, I renegotiated our vendors and we reduced costs by 20%.", "At Acme, I moved us to the cloud and reduced costs by 45%."));

        var finding = Assert.Single(ConsistencyChecker.Check(bank).Findings);
        Assert.Equal(FindingKinds.FigureContradiction, finding.Kind);
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
    }

    [Fact]
    public void Check_SeedWithResume_ShowsBothInterviewerChallenges()
    {
        var report = ConsistencyChecker.Check(Seed.Value, Resume());

        var load = Assert.Single(report.Findings, f => f.Kind == FindingKinds.ImplausibleLoad);
        Assert.Equal("Google", load.Employer);
        Assert.Contains("8 months", load.Message, StringComparison.Ordinal);
        Assert.Contains(load.Spans, s => s.Excerpt.Contains("(8 months)", StringComparison.Ordinal));

        var project = Assert.Single(report.Findings, f => f.Kind == FindingKinds.ProjectNotInResume && f.Employer == "Google");
        Assert.Contains("Discover", project.Message, StringComparison.Ordinal);
        Assert.Equal(ClaimSource.Resume, project.Spans[0].Source);
        Assert.Contains("CBRE (client: Google)", project.Spans[0].Excerpt, StringComparison.Ordinal);
        Assert.All(new[] { load, project }, f => Assert.Equal(DiagnosticSeverity.Warning, f.Severity));
    }

    [Fact]
    public void Check_ResumeWithoutMphasis_ReportsTheMissingEmployer()
    {
        var report = ConsistencyChecker.Check(Seed.Value, Resume());

        var missing = Assert.Single(report.Findings, f => f.Kind == FindingKinds.EmployerNotInResume);
        Assert.Equal("Mphasis", missing.Employer);
        Assert.Contains(missing.Spans, s => s.Source == ClaimSource.Bank && s.Excerpt.Contains("Mphasis", StringComparison.Ordinal));
        Assert.Contains(missing.Spans, s => s.Source == ClaimSource.Resume);
    }

    [Fact]
    public void Check_ResumeListingEveryEmployer_ReportsNoMissingEmployer()
    {
        var text = File.ReadAllText(Seeds.Fixture("resume-ml-engineer.txt")).Replace("EDUCATION", "Mphasis — Tech Lead, MLOps                 Nov 2023 – Present\n• Led MLOps on Amazon Bedrock.\n\nEDUCATION", StringComparison.Ordinal);
        var resume = new ResumeReader(new FixedTime()).Parse("resume.txt", text);

        var report = ConsistencyChecker.Check(Seed.Value, resume);

        Assert.DoesNotContain(report.Findings, f => f.Kind == FindingKinds.EmployerNotInResume);
        Assert.Equal(3, resume.Entries.Length);
    }

    [Fact]
    public void Check_ResumeFigureNoStoryTells_IsReportedAsUnsupported()
    {
        var report = ConsistencyChecker.Check(Seed.Value, Resume());

        var unsupported = report.Findings.Where(f => f.Kind == FindingKinds.ResumeClaimUnsupported).ToList();
        Assert.Contains(unsupported, f => f.Message.Contains("GPU training spend by 25%", StringComparison.Ordinal));
        Assert.DoesNotContain(unsupported, f => f.Message.Contains("30-40%", StringComparison.Ordinal) || f.Message.Contains("churn", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_CompressedVariantWithOtherNumbers_IsAVariantMismatch()
    {
        var bank = Import("""
            Tell me about a time you improved a system.

            Situation: At Acme, our checkout service was slow.
            Action: I rewrote the cache layer.
            Result: We reduced checkout latency by 35% in two months.

            Compressed version

            At Acme I rewrote the cache layer and cut checkout latency by 50%.
            """);

        var report = ConsistencyChecker.Check(bank);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(FindingKinds.VariantMismatch, finding.Kind);
        Assert.Equal(2, finding.Spans.Length);
    }

    [Fact]
    public void Check_TenureOnResumeDisagreesWithStory_IsATenureMismatch()
    {
        var text = File.ReadAllText(Seeds.Fixture("resume-ml-engineer.txt")).Replace("Mar 2023 – Oct 2023", "Jan 2021 – Oct 2023", StringComparison.Ordinal);

        var report = ConsistencyChecker.Check(Seed.Value, new ResumeReader(new FixedTime()).Parse("resume.txt", text));

        var tenure = Assert.Single(report.Findings, f => f.Kind == FindingKinds.TenureMismatch);
        Assert.Contains("8 months", tenure.Message, StringComparison.Ordinal);
        Assert.Contains("2.8 years", tenure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Report_HasSchemaVersionAndOpenRangesAsNull()
    {
        var json = ConsistencyJson.Serialize(ConsistencyChecker.Check(Seed.Value, Resume()));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("resume-ml-engineer.txt", root.GetProperty("resume").GetString());
        var finding = root.GetProperty("findings")[0];
        Assert.Equal("figure.contradiction", finding.GetProperty("kind").GetString());
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.True(finding.GetProperty("spans")[0].TryGetProperty("excerpt", out _));
        Assert.Contains(root.GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").ValueKind == System.Text.Json.JsonValueKind.Object && c.GetProperty("value").GetProperty("high").ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    private static string TwoStories(string first, string second) =>
        $"Tell me about a time you saved money.\n\n{first}\n\n\nDescribe a time you led a migration.\n\n{second}\n";

    private static Bank Import(string text) => new BankImporter().Import("prep.txt", System.Text.Encoding.UTF8.GetBytes(text)).Bank!;

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    }
}
