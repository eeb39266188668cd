using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;

namespace StarCoach.Core.Export;

/// <summary>
/// What a candidate glances at before answering: one line per STAR section (its first sentence, cut to a key
/// clause), or the opening of a free-form answer, and the answer's key figures from the claims extractor.
/// </summary>
public static class StarSkeleton
{
    /// <summary>Longest line kept for a section; longer first sentences are cut at a word and end with "…".</summary>
    public const int MaxLineChars = 170;

    /// <summary>At most this many key figures per question.</summary>
    public const int MaxFigures = 4;

    private static readonly HashSet<ClaimKind> FigureKinds = [ClaimKind.Percentage, ClaimKind.Multiple, ClaimKind.Money, ClaimKind.Change, ClaimKind.TeamSize, ClaimKind.Count, ClaimKind.Tenure];

    /// <summary>The skeleton of <paramref name="answer"/>: (label, line) pairs; the label is empty for free-form text.</summary>
    public static IReadOnlyList<(string Label, string Line)> Of(Answer answer)
    {
        if (answer.Sections.Length > 0)
        {
            return answer.Sections.Select(s => (s.Label, KeyClause(s.Text))).Where(s => s.Item2.Length > 0).ToList();
        }

        var sentences = TextSpans.Sentences(answer.Text).Take(2).Select(s => answer.Text.Substring(s.Start, s.Length));
        return [(string.Empty, Cut(string.Join(' ', sentences), MaxLineChars * 2))];
    }

    /// <summary>The answer a cheat sheet shows for <paramref name="question"/>: its compressed version if there is one, else its first answer.</summary>
    public static Answer? Preferred(Question question) =>
        question.Answers.FirstOrDefault(a => a.Kind == AnswerKind.Compressed) ?? question.Answers.FirstOrDefault();

    /// <summary>
    /// Key figures of the answer shown ("cut serving latency by 30%"), goals left out; for a compressed answer, also
    /// those of the full story it shortens.
    /// </summary>
    public static IReadOnlyList<string> Figures(Question question, Answer shown, ILookup<string?, Claim> claimsByAnswer) =>
        question.Answers
            .Where(a => a == shown || shown.Kind == AnswerKind.Compressed && a == question.Answers.FirstOrDefault(f => f.Kind != AnswerKind.Compressed))
            .SelectMany(a => claimsByAnswer[a.Id])
            .Where(c => FigureKinds.Contains(c.Kind) && !c.IsTarget && (c.IsConfident || c.Kind == ClaimKind.Money))
            .Select(c => c.Text.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxFigures)
            .ToList();

    private static string KeyClause(string text)
    {
        var first = TextSpans.Sentences(text).FirstOrDefault();
        return first.Length == 0 ? string.Empty : Cut(text.Substring(first.Start, first.Length), MaxLineChars);
    }

    private static string Cut(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
