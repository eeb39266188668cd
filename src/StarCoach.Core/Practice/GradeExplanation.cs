using System.Globalization;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Scheduling;
using StarCoach.Core.Text;

namespace StarCoach.Core.Practice;

/// <summary>
/// The one sentence that says why an attempt got its grade: the rule of <see cref="GradeMapper"/> that gave it, how
/// much of the story was told, and the most telling fact changed or left out ("Good: you told 7 of 9 points of your
/// story; you left out $8,000."). The CLI, the web page and the stored JSON all show this sentence.
/// </summary>
public static class GradeExplanation
{
    private const int MaxQuoted = 60;

    /// <summary>Why <paramref name="decision"/> was given to an attempt with these scores.</summary>
    /// <param name="chosen">The grade the candidate chose instead, when they changed it; null when they kept it.</param>
    public static string For(GradeDecision decision, int overall, RecallReport recall, double overrunSeconds, double budgetSeconds, Grade? chosen = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(recall);
        var told = recall.Items.IsEmpty ? "there was nothing of the story to compare" : $"you told {recall.Told} of {recall.Items.Length} points of your story";
        var detail = Detail(recall);
        var score = string.Create(CultureInfo.InvariantCulture, $"{overall}/100");
        var why = decision.Rule switch
        {
            GradeRule.Forgotten => $"{told}{detail}",
            GradeRule.Unusable => $"the answer scored {score}, too weak for an interview; {told}",
            GradeRule.ShakyRecall => $"{told}{detail}",
            GradeRule.ShakyAnswer => $"{told}, but the answer scored {score}{detail}",
            GradeRule.Overrun => $"{told}, but you ran {Clock(overrunSeconds)} over the {Clock(budgetSeconds)} budget",
            GradeRule.Excellent => $"{told}, scored {score} and finished in time",
            _ => detail.Length > 0 ? $"{told}{detail}" : $"{told} and scored {score}",
        };
        return chosen is { } mine && mine != decision.Grade
            ? $"{mine}: your grade; StarCoach suggested {decision.Grade} because {why}."
            : $"{decision.Grade}: {why}.";
    }

    /// <summary>The fact that matters most of those not told as prepared: a changed one, then a missed figure, then a missed point.</summary>
    private static string Detail(RecallReport recall)
    {
        var changed = recall.Items.Where(i => i.Status == RecallStatus.Changed).OrderBy(i => i.Kind == RecallKind.Figure ? 0 : 1).FirstOrDefault();
        if (changed is { Told: { } instead })
        {
            return changed.Kind is RecallKind.Figure or RecallKind.Name
                ? $"; you said {(changed.Kind == RecallKind.Figure ? MidSentence(instead) : instead)} where you prepared {changed.Prepared}"
                : $"; you told “{Quote(changed.Prepared)}” differently";
        }

        var missed = recall.Items.Where(i => i.Status == RecallStatus.Missed && i.Kind != RecallKind.Name)
            .OrderBy(i => i.Kind == RecallKind.Figure ? 0 : 1)
            .FirstOrDefault();
        return missed is null ? string.Empty
            : missed.Kind == RecallKind.Figure ? $"; you left out {missed.Prepared} (“{Quote(missed.Context)}”)"
            : $"; you left out “{Quote(missed.Prepared)}”";
    }

    /// <summary>A figure that opened the candidate's sentence ("Five people…"), as it reads inside this one.</summary>
    private static string MidSentence(string figure) =>
        figure.Length > 1 && char.IsUpper(figure[0]) && char.IsLower(figure[1]) ? char.ToLowerInvariant(figure[0]) + figure[1..] : figure;

    private static string Quote(string text) => OneLine.Of(text, MaxQuoted).TrimEnd('.');

    private static string Clock(double seconds)
    {
        var whole = (int)Math.Round(Math.Abs(seconds), MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{whole / 60}:{whole % 60:00}");
    }
}
