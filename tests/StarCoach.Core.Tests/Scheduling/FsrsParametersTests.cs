using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Scheduling;

public sealed class FsrsParametersTests
{
    [Fact]
    public void Default_HasFsrs6WeightsAndTargets()
    {
        var parameters = FsrsParameters.Default;

        Assert.Equal(21, parameters.Weights.Length);
        Assert.Equal(0.212, parameters.Weights[0]);
        Assert.Equal(0.1542, parameters.Weights[20]);
        Assert.Equal(0.9, parameters.DesiredRetention);
        Assert.Equal(36500, parameters.MaximumIntervalDays);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    [InlineData(19)]
    [InlineData(22)]
    public void Constructor_WrongWeightCount_Throws(int count) =>
        Assert.Throws<ArgumentException>(() => new FsrsParameters([.. Enumerable.Repeat(0.5, count)]));

    [Fact]
    public void Constructor_DefaultArray_Throws() =>
        Assert.Throws<ArgumentException>(() => new FsrsParameters(default));

    [Theory]
    [InlineData(3, double.NaN)]
    [InlineData(8, double.PositiveInfinity)]
    [InlineData(20, 0)]
    [InlineData(20, -0.2)]
    public void Constructor_InvalidWeight_Throws(int index, double value) =>
        Assert.Throws<ArgumentException>(() => new FsrsParameters(FsrsParameters.DefaultWeights.SetItem(index, value)));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-0.5)]
    [InlineData(double.NaN)]
    public void Constructor_RetentionOutsideZeroToOne_Throws(double retention) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FsrsParameters(FsrsParameters.DefaultWeights, retention));

    [Fact]
    public void Constructor_MaximumIntervalBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FsrsParameters(FsrsParameters.DefaultWeights, maximumIntervalDays: 0));

    [Fact]
    public void Constructor_CustomValues_AreKept()
    {
        var weights = FsrsParameters.DefaultWeights.SetItem(0, 0.3);

        var parameters = new FsrsParameters(weights, 0.85, 365);

        Assert.Equal(0.3, parameters.Weights[0]);
        Assert.Equal(0.85, parameters.DesiredRetention);
        Assert.Equal(365, parameters.MaximumIntervalDays);
    }
}
