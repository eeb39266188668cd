using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Scheduling;

public sealed class GradeMapperTests
{
    [Theory]
    [InlineData(34, 1.0, 0, Grade.Again)]
    [InlineData(100, 0.39, 0, Grade.Again)]
    [InlineData(0, 0.0, 0, Grade.Again)]
    [InlineData(35, 1.0, 0, Grade.Hard)]
    [InlineData(49, 1.0, 0, Grade.Hard)]
    [InlineData(100, 0.4, 0, Grade.Hard)]
    [InlineData(100, 0.64, 0, Grade.Hard)]
    [InlineData(100, 1.0, 30.5, Grade.Hard)]
    [InlineData(50, 0.65, 0, Grade.Good)]
    [InlineData(55, 1.0, 0, Grade.Good)]
    [InlineData(79, 1.0, 0, Grade.Good)]
    [InlineData(100, 0.89, 0, Grade.Good)]
    [InlineData(100, 1.0, 1, Grade.Good)]
    [InlineData(100, 1.0, 30, Grade.Good)]
    [InlineData(80, 0.9, 0, Grade.Easy)]
    [InlineData(100, 1.0, -20, Grade.Easy)]
    public void FromAttempt_ScoresAroundThresholds_MapsToGrade(int overall, double recall, double overrun, Grade expected) =>
        Assert.Equal(expected, GradeMapper.FromAttempt(overall, recall, overrun, budgetSeconds: 120));

    [Fact]
    public void FromAttempt_ForgottenAndOverTime_IsAgainNotHard() =>
        Assert.Equal(Grade.Again, GradeMapper.FromAttempt(30, 0.2, overrunSeconds: 100, budgetSeconds: 120));

    [Theory]
    [InlineData(-1, 0.5, 0, 120)]
    [InlineData(101, 0.5, 0, 120)]
    [InlineData(50, -0.1, 0, 120)]
    [InlineData(50, 1.1, 0, 120)]
    [InlineData(50, double.NaN, 0, 120)]
    [InlineData(50, 0.5, double.NaN, 120)]
    [InlineData(50, 0.5, 0, 0)]
    [InlineData(50, 0.5, 0, -5)]
    [InlineData(50, 0.5, 0, double.PositiveInfinity)]
    public void FromAttempt_OutOfRangeInput_Throws(int overall, double recall, double overrun, double budget) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => GradeMapper.FromAttempt(overall, recall, overrun, budget));
}
