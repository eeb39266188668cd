using System.Text.RegularExpressions;
using StarCoach.Core.Consistency;
using StarCoach.Core.Review;
using StarCoach.Core.Review.Rules;
using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Review;

/// <summary>The plain words the CLI and the web show instead of rule ids and developer counts.</summary>
public sealed partial class ReviewWordsTests
{
    [Fact]
    public void RuleName_EveryRule_HasAPlainNameOfItsOwn()
    {
        var names = ReviewRules.All.Select(rule => ReviewWords.RuleName(rule.Id)).ToList();

        Assert.All(names, name => Assert.DoesNotMatch(IdShape(), name));
        Assert.All(names, name => Assert.InRange(name.Split(' ').Length, 1, 6));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void FindingKindName_EveryConsistencyKind_HasAPlainNameOfItsOwn()
    {
        var kinds = typeof(FindingKinds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var names = kinds.Select(FindingKinds.Name).ToList();

        Assert.All(names, name => Assert.DoesNotMatch(IdShape(), name));
        Assert.Equal(kinds.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>A rubric the candidate reads: no rule id or "fired:" in any dimension's reasons, the JSON's evidence unchanged.</summary>
    [Fact]
    public void Why_LabelledStoryWithHedges_GivesReasonsWithoutIds()
    {
        var review = ReviewKit.Review(
            "Situation: I think our bakery's waste was maybe a fifth of each batch.\nAction: We basically changed the ordering, I guess.\nResult: It got better.");

        var evidence = review.Rubric.SelectMany(r => r.Evidence).ToList();
        var why = review.Rubric.SelectMany(r => r.Why).ToList();

        Assert.Contains(evidence, e => e.StartsWith("fired: language.hedge", StringComparison.Ordinal));
        Assert.Equal(evidence.Count, why.Count);
        Assert.All(why, line => Assert.DoesNotContain("fired:", line, StringComparison.Ordinal));
        Assert.All(why, line => Assert.DoesNotMatch(IdShape(), line));
        Assert.Contains(ReviewWords.RuleName("language.hedge"), string.Join("\n", why), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fired: language.hedge", "finding: Hedging")]
    [InlineData("fired: language.filler ×4", "finding: Filler words (4×)")]
    [InlineData("actions: 62% of the words", "actions: 62% of the words")]
    [InlineData("fired: some.rule-from-later", "finding: some.rule-from-later")]
    public void Evidence_Line_ReadsInPlainWords(string line, string expected) =>
        Assert.Equal(expected, ReviewWords.Evidence(line));

    [Theory]
    [InlineData(0, "question", null, "0 questions")]
    [InlineData(1, "question", null, "1 question")]
    [InlineData(2, "answer", null, "2 answers")]
    [InlineData(1, "category", "categories", "1 category")]
    [InlineData(7, "category", "categories", "7 categories")]
    [InlineData(1, "note", null, "1 note")]
    public void Counted_CountAndNoun_AgreeInNumber(int count, string one, string? many, string expected) =>
        Assert.Equal(expected, Counted.Of(count, one, many));

    [GeneratedRegex(@"\b[a-z]+\.[a-z]+(-[a-z]+)*\b")]
    private static partial Regex IdShape();
}
