using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Competencies;

public sealed class CoverageAnalyzerTests
{
    private static readonly Bank Seed = new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!;

    [Theory]
    [InlineData("hire-and-develop-the-best", "Tell me about a time you helped a team member")]
    [InlineData("have-backbone-disagree-and-commit", "Tell me about a time you disagreed")]
    [InlineData("frugality", "Tell me about a time you were resourceful")]
    [InlineData("insist-on-the-highest-standards", "Give me an example of when you had to address a quality")]
    [InlineData("invent-and-simplify", "Tell me about a time you simplified")]
    [InlineData("bias-for-action", "Give me an example of a calculated risk")]
    public void Analyze_SeedUnderAmazon_StoryWrittenForAPrincipleShowsItStrongly(string competency, string questionPrefix)
    {
        var report = CoverageAnalyzer.Analyze(Seed, CompetencyFrameworks.Get("amazon"));

        var row = report.Stories.Select((s, i) => (s, i)).Single(x => x.s.QuestionText.StartsWith(questionPrefix, StringComparison.Ordinal)).i;
        var column = report.Framework.Competencies.Select(c => c.Id).ToList().IndexOf(competency);
        Assert.True(report.Strength[row][column] >= CoverageAnalyzer.StrongThreshold, $"{competency}: {report.Strength[row][column]:0.00}");
    }

    [Fact]
    public void Analyze_StoriesWithoutACustomer_LeaveCustomerObsessionAGapWithTypicalQuestions()
    {
        var bank = CompetencyTaggerTests.Bank(
            CompetencyTaggerTests.Question(
                "Tell me about a time you improved a process.",
                "Our month-end close took nine days because every accrual was keyed twice. I mapped each step with the two accountants who did it, removed the second entry and built one shared template. The close now takes five days and errors fell from about 30 a month to 4."),
            CompetencyTaggerTests.Question(
                "Tell me about a time you disagreed with your manager.",
                "My manager wanted to move our weekly planning meeting to Monday at eight. I thought it would clash with the on-call handover, so I showed her last quarter's calendar, where it would have clashed eleven times. She moved it to Tuesday, and I rewrote the agenda so it fits in thirty minutes."));

        var report = CoverageAnalyzer.Analyze(bank, CompetencyFrameworks.Get("amazon"));

        var gap = Assert.Single(report.Gaps, g => g.CompetencyId == "customer-obsession");
        Assert.DoesNotContain(report.Gaps, g => g.CompetencyId == "have-backbone-disagree-and-commit");
        Assert.NotEmpty(gap.TypicalQuestions);
        Assert.Contains(report.Suggestions, s => s.CompetencyId == "customer-obsession");
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

    /// <summary>The heat map, over-use and advice name each story as everywhere else: its title, given or derived, not its opening words.</summary>
    [Fact]
    public void Analyze_Seed_NamesEveryStoryByItsTitle_AndAGivenTitleWins()
    {
        var first = Seed.Questions[0];
        var renamed = Seed with { Questions = [first with { Answers = [first.Answers[0] with { Title = "The pager rota" }, .. first.Answers.Skip(1)] }, .. Seed.Questions.Skip(1)] };

        var report = CoverageAnalyzer.Analyze(renamed, CompetencyFrameworks.Get("generic"));

        var expected = renamed.AllAnswers().ToDictionary(s => s.Answer.Id, s => StoryTitle.Of(s.Question, s.Answer));
        Assert.All(report.Stories, story => Assert.Equal(expected[story.AnswerId], story.Title));
        Assert.All(report.Overused, story => Assert.Equal(expected[story.AnswerIds[0]], story.Title));
        Assert.Equal("The pager rota", report.Stories.Single(s => s.AnswerId == first.Answers[0].Id).Title);
        Assert.DoesNotContain(report.Stories, s => s.Title.EndsWith('…'));
    }

    [Fact]
    public void OveruseWords_TellADuplicateFromAStoryToldTooOften()
    {
        var duplicate = new OverusedStory(["a-1", "a-2"], ["q-1"], "Handover checklist", OveruseKind.NearDuplicate, 0.82);
        var overused = new OverusedStory(["a-1", "a-2", "a-3"], ["q-1", "q-2", "q-3"], "Ledger rebuild", OveruseKind.SameStory, 0.6);

        Assert.NotEqual(OveruseWords.Heading(OveruseKind.NearDuplicate), OveruseWords.Heading(OveruseKind.SameStory));
        Assert.Contains("82%", OveruseWords.Why(duplicate), StringComparison.Ordinal);
        Assert.Contains("one question", OveruseWords.Why(duplicate), StringComparison.Ordinal);
        Assert.StartsWith("answers 3 questions", OveruseWords.Why(overused), StringComparison.Ordinal);
        Assert.DoesNotContain("Duplicate", OveruseWords.Heading(OveruseKind.NearDuplicate), StringComparison.Ordinal);
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
