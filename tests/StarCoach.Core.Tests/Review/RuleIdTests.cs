using System.Reflection;
using StarCoach.Core.Review;
using StarCoach.Core.Review.Rules;

namespace StarCoach.Core.Tests.Review;

/// <summary>The scorer, the score cap and the probes name rules through <see cref="RuleIds"/>: each id there must be a rule's.</summary>
public sealed class RuleIdTests
{
    private static readonly string[] Constants =
        [.. typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void EveryRuleId_IsAConstant_AndEveryConstant_IsARulesId()
    {
        var rules = ReviewRules.All.Select(r => r.Id).ToList();

        Assert.Equal(rules.Count, rules.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(rules.Order(StringComparer.Ordinal), Constants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryRule_HasAPlainName_ThatIsNotItsId()
    {
        Assert.All(Constants, id => Assert.NotEqual(id, ReviewWords.RuleName(id)));
    }
}
