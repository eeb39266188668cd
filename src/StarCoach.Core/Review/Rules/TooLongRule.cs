using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>length.too-long</c>: over the word budget of the kind and level (see <see cref="LevelCalibration"/>). The
/// finding points at the words past the budget: what the listener hears after the time is up.
/// </summary>
internal sealed class TooLongRule : LengthRule
{
    public override string Id => RuleIds.TooLong;

    public override string Name => "Too long";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Too long for the question.";

    public override string Hint => "Cut background and repeated points; keep one or two sentences of situation, the key actions and the result.";

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var budget = BudgetOf(analysis);
        if (analysis.IsTruncated)
        {
            findings.Add(this, 0, analysis.Text.Length,
                $"Too long to review in full: {analysis.OriginalLength} characters, over the {AnswerReviewer.MaxAnswerChars}-character limit; only the start was reviewed.");
            return;
        }

        if (analysis.WordCount <= budget.MaxWords)
        {
            return;
        }

        var over = analysis.Tokens[budget.MaxWords].Start;
        findings.Add(this, over, analysis.Text.Length - over, $"Too long: {Spoken(analysis.WordCount)}; aim for {budget.Target}. The highlighted part comes after the time is up.");
    }
}
