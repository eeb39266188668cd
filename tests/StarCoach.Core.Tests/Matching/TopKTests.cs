using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

public sealed class TopKTests
{
    [Fact]
    public void Select_RandomScores_EqualsTheHeadOfAFullSort()
    {
        var random = new Random(7);
        var scores = Enumerable.Range(0, 5000).Select(_ => (float)Math.Round(random.NextDouble(), 2)).ToArray();

        var top = TopK.Select(scores, 25);

        var expected = scores.Select((s, i) => (Index: i, Score: s)).OrderByDescending(x => x.Score).ThenBy(x => x.Index).Take(25);
        Assert.Equal(expected, top);
    }

    [Fact]
    public void Select_WithFloor_LeavesOutScoresAtOrBelowIt() =>
        Assert.Equal([(2, 3f)], TopK.Select([0f, -1f, 3f], 5, floor: 0));
}
