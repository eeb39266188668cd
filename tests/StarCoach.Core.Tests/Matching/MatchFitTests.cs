using StarCoach.Core.Banks;
using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

/// <summary>The one fit scale the CLI and the web app show for match scores.</summary>
public sealed class MatchFitTests
{
    [Theory]
    [InlineData(0.62, MatchFit.Strong, "strong")]
    [InlineData(MatchFits.StrongFrom, MatchFit.Strong, "strong")]
    [InlineData(0.40, MatchFit.Partial, "partial")]
    [InlineData(MatchFits.PartialFrom, MatchFit.Partial, "partial")]
    [InlineData(0.20, MatchFit.Weak, "weak")]
    public void Of_Score_GivesOneWordOnOneScale(double score, MatchFit expected, string word)
    {
        Assert.Equal(expected, MatchFits.Of(score));
        Assert.Equal(word, MatchFits.Name(MatchFits.Of(score)));
    }

    [Fact]
    public void NoneStrong_OnlyPartialAndWeakFits_SaysThereIsAGap()
    {
        Assert.True(MatchFits.NoneStrong([Match(0.41), Match(0.2)]));
        Assert.False(MatchFits.NoneStrong([Match(0.41), Match(0.5)]));
        Assert.True(MatchFits.NoneStrong([]));
    }

    private static StoryMatch Match(double score) =>
        new(1, "q", "a", "Q?", AnswerKind.Star, score, new MatchReasons([], [], "", 0, 0, null, 1, null), new SourceSpan(1, 1), "Title");
}
