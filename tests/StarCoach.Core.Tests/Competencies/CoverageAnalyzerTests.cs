using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Competencies;

public sealed class CoverageAnalyzerTests
{
    private static readonly Bank Seed = new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!;

    [Fact]
    public void Analyze_SeedUnderAmazon_CustomerObsessionIsAGapWithTypicalQuestions()
    {
        var report = CoverageAnalyzer.Analyze(Seed, CompetencyFrameworks.Get("amazon"));

        // Read by hand: customers appear in the stories only as background; no story is about serving one.
        var gap = Assert.Single(report.Gaps, g => g.CompetencyId == "customer-obsession");
        Assert.NotEmpty(gap.TypicalQuestions);
        Assert.Contains(report.Suggestions, s => s.CompetencyId == "customer-obsession");
    }

    [Theory]
    [InlineData("ownership", "Describe a time you took ownership")]
    [InlineData("hire-and-develop-the-best", "Tell me about a time you helped a team member")]
    [InlineData("have-backbone-disagree-and-commit", "Tell me about a time you disagreed")]
    [InlineData("frugality", "Tell me about a time you were resourceful")]
    public void Analyze_SeedUnderAmazon_StoryWrittenForAPrincipleIsItsStrongest(string competency, string questionPrefix)
    {
        var report = CoverageAnalyzer.Analyze(Seed, CompetencyFrameworks.Get("amazon"));

        var coverage = Assert.Single(report.Competencies, c => c.Id == competency);
        Assert.Equal(CoverageLevel.Strong, coverage.Level);
        Assert.StartsWith(questionPrefix, report.Stories.Single(s => s.AnswerId == coverage.BestAnswerId).QuestionText, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Seed_FlagsTheNearDuplicateAnswersUnderOneQuestion()
    {
        var report = CoverageAnalyzer.Analyze(Seed, CompetencyFrameworks.Get("generic"));

        var duplicate = Assert.Single(report.Overused, o => o.Kind == OveruseKind.NearDuplicate);
        Assert.Single(duplicate.QuestionIds);
        Assert.StartsWith("How do you balance innovation", Seed.Questions.Single(q => q.Id == duplicate.QuestionIds[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_OneStoryToldForThreeQuestions_IsOverused()
    {
        const string Story = "At Contoso I rebuilt the Zephyr billing ledger after the Orion outage corrupted invoices for 4,000 tenants. "
            + "I wrote the reconciliation job, replayed the Kafka topic and restored the Zephyr ledger in 36 hours.";
        var bank = CompetencyTaggerTests.Bank(
            CompetencyTaggerTests.Question("Tell me about a time you delivered under pressure.", Story + " We hit the deadline."),
            CompetencyTaggerTests.Question("Tell me about a time you took ownership.", "Nobody owned it. " + Story),
            CompetencyTaggerTests.Question("Tell me about a time you dove deep.", Story + " The root cause was a retry storm."),
            CompetencyTaggerTests.Question("Tell me about a time you mentored someone.", "I paired with a new hire on code reviews every week for a quarter."));

        var report = CoverageAnalyzer.Analyze(bank, CompetencyFrameworks.Get("generic"));

        var overused = Assert.Single(report.Overused, o => o.Kind == OveruseKind.SameStory);
        Assert.Equal(3, overused.QuestionIds.Length);
        Assert.Contains(report.Suggestions, s => s.Kind == SuggestionKind.Vary);
    }

    [Fact]
    public void Analyze_Matrix_HasOneRowPerStoryAndOneColumnPerCompetency()
    {
        var report = CoverageAnalyzer.Analyze(Seed, CompetencyFrameworks.Get("meta"));

        Assert.Equal(report.Stories.Length, report.Strength.Length);
        Assert.All(report.Strength, row => Assert.Equal(report.Competencies.Length, row.Length));
        Assert.DoesNotContain(report.Stories, s => s.Kind == AnswerKind.Compressed);
    }
}
