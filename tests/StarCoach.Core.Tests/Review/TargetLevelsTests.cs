using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Review;

public sealed class TargetLevelsTests
{
    [Theory]
    [InlineData("junior", TargetLevel.Junior)]
    [InlineData("Mid", TargetLevel.Mid)]
    [InlineData("SENIOR", TargetLevel.Senior)]
    [InlineData("staff", TargetLevel.Staff)]
    [InlineData("principal", TargetLevel.Principal)]
    [InlineData("senior staff", TargetLevel.Principal)]
    [InlineData("IC3", TargetLevel.Junior)]
    [InlineData("ic4", TargetLevel.Mid)]
    [InlineData("IC5", TargetLevel.Senior)]
    [InlineData("IC6", TargetLevel.Staff)]
    [InlineData("IC7", TargetLevel.Principal)]
    [InlineData("L3", TargetLevel.Junior)]
    [InlineData("L4", TargetLevel.Mid)]
    [InlineData("L5", TargetLevel.Senior)]
    [InlineData("l6", TargetLevel.Staff)]
    [InlineData("L7", TargetLevel.Principal)]
    [InlineData("L8", TargetLevel.Principal)]
    [InlineData("E3", TargetLevel.Junior)]
    [InlineData("E5", TargetLevel.Senior)]
    [InlineData("E7", TargetLevel.Principal)]
    [InlineData("SDE1", TargetLevel.Junior)]
    [InlineData("sde-2", TargetLevel.Mid)]
    [InlineData("SDE III", TargetLevel.Senior)]
    public void TryParse_NameOrLadderAlias_ReturnsLevel(string text, TargetLevel expected)
    {
        Assert.True(TargetLevels.TryParse(text, out var level));
        Assert.Equal(expected, level);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("expert")]
    [InlineData("IC9")]
    [InlineData("L0")]
    [InlineData("E")]
    [InlineData("SDE4")]
    public void TryParse_UnknownLevel_ReturnsFalse(string text)
    {
        Assert.False(TargetLevels.TryParse(text, out _));
    }

    [Fact]
    public void Name_EveryLevel_RoundTripsThroughTryParse()
    {
        foreach (var level in Enum.GetValues<TargetLevel>())
        {
            Assert.True(TargetLevels.TryParse(TargetLevels.Name(level), out var parsed));
            Assert.Equal(level, parsed);
        }
    }

    [Theory]
    [InlineData(TargetLevel.Junior, 75, 375)]
    [InlineData(TargetLevel.Senior, 113, 400)]
    [InlineData(TargetLevel.Staff, 113, 600)]
    [InlineData(TargetLevel.Principal, 113, 600)]
    public void Budget_FullStory_FollowsLevel(TargetLevel level, int minWords, int maxWords)
    {
        var budget = LevelCalibration.Budget(Banks.AnswerKind.Star, level);

        Assert.Equal((minWords, maxWords), (budget.MinWords, budget.MaxWords));
    }

    [Fact]
    public void Budget_CompressedAnswer_EndsAtNinetySeconds()
    {
        var budget = LevelCalibration.Budget(Banks.AnswerKind.Compressed, TargetLevel.Staff);

        Assert.Equal(90, LevelCalibration.SpeakingSeconds(budget.MaxWords));
    }

    [Fact]
    public void Choices_EveryLadderOfAccepted_ParsesAndReadsWithItsLevel()
    {
        var names = TargetLevels.Choices.SelectMany(c => c.Names).ToList();

        Assert.All(names, n => Assert.True(TargetLevels.TryParse(n, out _), n));
        Assert.Equal(5 + 5 + 6 + 5 + 3, names.Count);
        Assert.Equal("IC5 (senior)", TargetLevels.Describe("IC5"));
        Assert.Equal("senior", TargetLevels.Describe("senior"));
        Assert.Equal("SDE2", TargetLevels.Choice(" sde2 "));
    }
}
