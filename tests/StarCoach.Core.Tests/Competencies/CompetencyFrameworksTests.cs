using StarCoach.Core.Competencies;

namespace StarCoach.Core.Tests.Competencies;

public sealed class CompetencyFrameworksTests
{
    [Fact]
    public void Amazon_HasTheSixteenLeadershipPrinciples()
    {
        var ids = CompetencyFrameworks.Get("amazon").Competencies.Select(c => c.Id).ToList();

        Assert.Equal(
            ["customer-obsession", "ownership", "invent-and-simplify", "are-right-a-lot", "learn-and-be-curious", "hire-and-develop-the-best",
             "insist-on-the-highest-standards", "think-big", "bias-for-action", "frugality", "earn-trust", "dive-deep",
             "have-backbone-disagree-and-commit", "deliver-results", "strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility"],
            ids);
    }

    [Theory]
    [InlineData("amazon")]
    [InlineData("meta")]
    [InlineData("google")]
    [InlineData("generic")]
    public void Framework_EveryCompetency_HasDescriptionCuesAndTypicalQuestions(string id)
    {
        var framework = CompetencyFrameworks.Get(id);

        Assert.Equal(framework.Competencies.Length, framework.Competencies.Select(c => c.Id).Distinct().Count());
        Assert.All(framework.Competencies, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Description));
            Assert.True(c.Cues.Length >= 8, $"{c.Id} has {c.Cues.Length} cues");
            Assert.True(c.TypicalQuestions.Length >= 3, $"{c.Id} has {c.TypicalQuestions.Length} typical questions");
        });
    }

    [Fact]
    public void Meta_CoversTheFiveSignalAreas()
    {
        var ids = CompetencyFrameworks.Get("meta").Competencies.Select(c => c.Id).ToHashSet();

        Assert.Superset(new HashSet<string> { "driving-results", "embracing-ambiguity", "resolving-conflict", "growing-continuously", "communicating-effectively" }, ids);
    }

    [Fact]
    public void Find_UnknownFramework_ReturnsNull() => Assert.Null(CompetencyFrameworks.Find("netflix"));
}
