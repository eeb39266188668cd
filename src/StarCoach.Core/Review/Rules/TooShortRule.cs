using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary><c>length.too-short</c>: under the word budget of the kind and level (see <see cref="LevelCalibration"/>).</summary>
internal sealed class TooShortRule : LengthRule
{
    public override string Id => RuleIds.TooShort;

    public override string Name => "Too short";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Too short for the question.";

    public override string Hint => "Add the missing detail: the stakes, two or three concrete steps you took, and a measured result.";

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var budget = BudgetOf(analysis);
        if (analysis.WordCount >= budget.MinWords || analysis.Text.Length == 0)
        {
            return;
        }

        findings.Add(this, 0, analysis.Text.Length, $"Too short: {Spoken(analysis.WordCount)}; aim for {budget.Target}.{MissingParts(analysis)}");
    }

    // A story too short for the star.* rules still lacks its parts: say which, so the rubric's Poor is explained (a
    // missing situation or result beside told actions has its own finding).
    private static string MissingParts(AnswerAnalysis analysis)
    {
        if (!analysis.IsStory || analysis.IsFullStory || analysis.QuestionIsHypothetical)
        {
            return string.Empty;
        }

        var missing = new List<string>(4);
        foreach (var part in (ReadOnlySpan<StarPart>)[StarPart.Situation, StarPart.Action, StarPart.Result])
        {
            if (!analysis.Part(part).Present && !StarPartMissingRule.HasOwnFinding(analysis, part))
            {
                missing.Add(StarParts.Name(part));
            }
        }

        return missing.Count == 0 ? string.Empty : " Not told yet: " + string.Join(", ", missing) + ".";
    }
}
