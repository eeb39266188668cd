using System.Globalization;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>answer.hypothetical</c>: a behavioral question answered with what the candidate would do rather than what
/// they did. A sentence is a plan when its first-person subject takes "would", "'d", "will" or "going to" and it
/// is not a past habit ("I would always …"), a counterfactual ("I would have …"), reported speech ("she said she
/// would …") or a purpose ("so that I would …"). The answer is hypothetical when plans are at least two and
/// outnumber the sentences that tell what happened, or when it opens with its one plan and tells nothing that happened.
/// </summary>
internal sealed class HypotheticalRule : ReviewRule
{
    private const int MinPlans = 2;

    public override string Id => RuleIds.Hypothetical;

    public override string Name => "Told as a plan";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "Told as a plan: the answer says what you would do, not what you did.";

    public override string Hint => "Answer with a real example: “When my manager told me …, I …”. Behavioral questions are scored on what you did.";

    // "What would you do if …?", "How would you handle …?", "Imagine …": a hypothetical question is rightly answered
    // with "I would …", and so is "What would you do differently?" after a story.
    public override bool AppliesTo(AnswerAnalysis analysis) =>
        analysis.Kind != Banks.AnswerKind.Solution && !analysis.QuestionIsHypothetical;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var (plans, told, first) = Plans(analysis);
        if (IsPlan(plans, told, first))
        {
            findings.Add(this, analysis.Sentences[first],
                $"Told as a plan: {Count(plans, "sentence says", "sentences say")} what you would do and {Count(told, "tells", "tell")} what you did.");
        }
    }

    /// <summary>True when the answer is told as a plan (this rule fires, when it applies).</summary>
    public static bool IsPlan(AnswerAnalysis analysis)
    {
        var (plans, told, first) = Plans(analysis);
        return IsPlan(plans, told, first);
    }

    // Two plans or more that outnumber what happened; or a short answer that opens with a plan and never tells what
    // happened ("I would stay calm, listen and say sorry. The customer is always right.").
    private static bool IsPlan(int plans, int told, int first) =>
        (plans >= MinPlans && plans >= told) || (plans == 1 && told == 0 && first == 0);

    // Sentences that plan, sentences that tell what happened, and the first plan.
    private static (int Plans, int Told, int First) Plans(AnswerAnalysis analysis)
    {
        var plans = 0;
        var told = 0;
        var first = -1;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var facts = analysis.Sentences[s].Facts;
            if (facts.IsHypothetical)
            {
                plans++;
                first = first < 0 ? s : first;
            }
            else if (facts.PastNarration)
            {
                told++;
            }
        }

        return (plans, told, first);
    }

    private static string Count(int n, string one, string many) =>
        n == 1 ? "1 " + one : n.ToString(CultureInfo.InvariantCulture) + " " + many;
}
