using System.Globalization;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>Shared check of <c>length.too-short</c> and <c>length.too-long</c> against the budget of the answer's kind and level.</summary>
internal abstract class LengthRule : ReviewRule
{
    protected static WordBudget BudgetOf(AnswerAnalysis analysis) =>
        LevelCalibration.Budget(analysis.Kind, analysis.Level, analysis.Subject.IsFollowUp);

    protected static string Spoken(int words)
    {
        var seconds = LevelCalibration.SpeakingSeconds(words);
        var time = seconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min {seconds % 60:00} s");
        return string.Create(CultureInfo.InvariantCulture, $"about {time} spoken ({words} words)");
    }
}
