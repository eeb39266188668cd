using StarCoach.Core.Review.Rules;
using StarCoach.Core.Tests.Review.Examples;

namespace StarCoach.Core.Tests.Review;

/// <summary>
/// The review rules, driven by their tables of examples: every row says whether the rule must fire on an answer.
/// Rows come from many professions, so that the rules read stories rather than one field's vocabulary.
/// </summary>
public sealed class RuleCatalogueTests
{
    private static readonly RuleExample[] Examples =
    [
        .. StarPartExamples.All,
        .. ImbalanceExamples.All,
        .. ResultUnquantifiedExamples.All,
        .. HypotheticalExamples.All,
        .. WeHeavyExamples.All,
        .. LengthExamples.All,
        .. LanguageExamples.All,
        .. PassiveExamples.All,
        .. TextExamples.All,
        .. ReflectionExamples.All,
        .. ScopeExamples.All,
        .. ConfidentialityExamples.All,
        .. CoachFindingExamples.All,
    ];

    public static TheoryData<string, string, bool, int> Rows()
    {
        var rows = new TheoryData<string, string, bool, int>();
        for (var i = 0; i < Examples.Length; i++)
        {
            rows.Add(Examples[i].Rule, Examples[i].Profession, Examples[i].Fires, i);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Review_TableRow_ReportsRuleExactlyWhenExpected(string rule, string profession, bool fires, int row)
    {
        var example = Examples[row];
        var review = ReviewKit.Review(example);

        Assert.True(review.Has(rule) == fires,
            $"{profession}: expected {rule} {(fires ? "to fire" : "to stay quiet")}; got [{string.Join(", ", review.Findings.Select(f => $"{f.Rule} “{f.Excerpt}”"))}] on: {example.Answer}");
    }

    [Fact]
    public void Examples_EveryCatalogueRule_HasFiringAndQuietRowsFromSeveralProfessions()
    {
        foreach (var rule in ReviewRules.All)
        {
            var rows = Examples.Where(e => e.Rule == rule.Id).ToList();
            Assert.True(rows.Count(r => r.Fires) >= 3, $"{rule.Id} needs at least 3 rows that must fire");
            Assert.True(rows.Count(r => !r.Fires) >= 3, $"{rule.Id} needs at least 3 rows that must stay quiet");
            Assert.True(rows.Select(r => r.Profession).Distinct().Count() >= 3, $"{rule.Id} needs rows from at least 3 professions");
        }
    }

    [Fact]
    public void Examples_EveryRow_NamesACatalogueRule()
    {
        var ids = ReviewRules.All.Select(r => r.Id).ToHashSet();

        Assert.All(Examples, e => Assert.Contains(e.Rule, ids));
    }
}
