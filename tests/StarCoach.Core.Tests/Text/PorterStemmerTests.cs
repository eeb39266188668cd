using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Text;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("hopeful", "hope")]
    [InlineData("generalization", "gener")]
    [InlineData("running", "run")]
    [InlineData("agreed", "agre")]
    public void Stem_ClassicExamples_MatchPorter(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    [Fact]
    public void Stem_InflectionsOfSimplify_ShareOneStem()
    {
        var stems = new[] { "simplify", "simplified", "simplifies", "simplifying" }.Select(PorterStemmer.Stem).Distinct().ToList();

        Assert.Single(stems);
    }
}
