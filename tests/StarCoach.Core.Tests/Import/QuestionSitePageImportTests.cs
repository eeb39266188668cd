using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>A multi-part question as a question site publishes it.</summary>
public sealed class QuestionSitePageImportTests
{
    private static readonly Lazy<Bank> Page = new(() => new BankImporter().ImportFile(Seeds.Path(Seeds.LeadershipQuestion)).Bank!);

    [Fact]
    public void Import_LeadershipQuestion_IsOneQuestionWithItsParts()
    {
        var question = Assert.Single(Page.Value.Questions);

        Assert.StartsWith("Describe your management style with concrete examples", question.Text, StringComparison.Ordinal);
        Assert.True(question.Parts.Length >= 4, $"expected at least 4 parts, got {question.Parts.Length}");
        Assert.StartsWith("How do you set strategy", question.Parts[1], StringComparison.Ordinal);
        Assert.StartsWith("Run a retrospective", question.Parts[2], StringComparison.Ordinal);
        Assert.StartsWith("Finally, answer a culture-fit prompt", question.Parts[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LeadershipQuestion_ReadsTheEvaluatesLine()
    {
        var question = Assert.Single(Page.Value.Questions);

        Assert.StartsWith("This question evaluates leadership, people-management", question.Evaluates, StringComparison.Ordinal);
        Assert.Null(question.Instruction);
    }

    [Fact]
    public void Import_LeadershipQuestion_HasASixSectionSolution()
    {
        var solution = Assert.Single(Assert.Single(Page.Value.Questions).Answers);

        Assert.Equal(AnswerKind.Solution, solution.Kind);
        Assert.Equal(6, solution.Sections.Length);
        Assert.Equal("1) Management Style and Conflict Resolution", solution.Sections[0].Label);
        Assert.Equal("6) Culture Fit: Choosing Company A vs. a Well-Regarded Peer", solution.Sections[5].Label);
        Assert.Contains("30/60/90 coaching plan", solution.Sections[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_LeadershipQuestion_KeepsEveryWord()
    {
        var source = File.ReadAllText(Seeds.Path(Seeds.LeadershipQuestion));

        Assert.Empty(WordCoverage.MissingWords(source, Page.Value));
    }
}
