using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Export;

/// <summary>
/// What a candidate glances at before answering: one line per STAR section, or two for a free-form answer, and the
/// answer's key figures from the claims extractor. Each line is the sentence of its section that carries the most:
/// figures, a decision, an outcome, the candidate's own step, named specifics. A sentence that only announces what
/// follows ("Here's how I handled the situation:") or talks about the part itself ("The situation demanded immediate
/// attention.") loses to one that tells it. Sentences come from the one splitter (<see cref="SentenceSplitter"/>),
/// figures from the one reader (<see cref="FigureReader"/>), decisions as recall reads them (<see cref="StoryDecisions"/>).
/// </summary>
public static class StarSkeleton
{
    /// <summary>Longest line kept for a section; longer sentences are cut at a word and end with "…".</summary>
    public const int MaxLineChars = 170;

    /// <summary>At most this many key figures per question.</summary>
    public const int MaxFigures = 4;

    // Fewer words than this say too little to stand for a section ("Great question.").
    private const int MinWords = 4;

    // Weights of what a sentence carries; a framing sentence is only taken when nothing else is there.
    private const double PerFigure = 3;
    private const int FiguresCounted = 2;
    private const double Decision = 3;
    private const double PerOutcome = 2;
    private const double OwnStep = 1;
    private const double Specifics = 1;
    private const double PerContentWord = 0.1;
    private const double MaxContentWords = 15;
    private const double MetaTalk = -2;
    private const double Framing = -10;

    // Words that name the STAR parts: a sentence built on them talks about the story rather than telling it.
    private static readonly HashSet<string> PartWords = new(StringComparer.OrdinalIgnoreCase) { "situation", "task", "challenge", "action", "actions", "result", "results", "outcome" };

    private static readonly HashSet<ClaimKind> FigureKinds = [ClaimKind.Percentage, ClaimKind.Multiple, ClaimKind.Money, ClaimKind.Change, ClaimKind.TeamSize, ClaimKind.Count, ClaimKind.Tenure];

    /// <summary>The skeleton of <paramref name="answer"/>: (label, line) pairs; the label is empty for free-form text.</summary>
    public static IReadOnlyList<(string Label, string Line)> Of(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Sections.Length > 0)
        {
            return [.. answer.Sections
                .Select(s => (s.Label, Line: KeySentence(s.Text, StarParts.OfLabel(s.Label)) is { } key ? CutAroundFigure(key, MaxLineChars) : string.Empty))
                .Where(s => s.Line.Length > 0)];
        }

        // No sections: how it starts, and the sentence that tells the most after it (usually how it ended).
        var sentences = Sentences(answer.Text);
        if (sentences.Count == 0)
        {
            return [];
        }

        // Of the first two, the one that sets the scene: "Let me walk you through it." does not.
        var opening = sentences.IndexOf(Best(sentences.Take(2).ToList(), StarPart.Situation));
        var rest = sentences.Skip(opening + 1).ToList();
        var line = rest.Count == 0 ? sentences[opening] : $"{sentences[opening]} … {Best(rest, StarPart.Result)}";
        return [(string.Empty, Cut(line, MaxLineChars * 2))];
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

    /// <summary>The sentence of a section's <paramref name="text"/> that carries the most for its <paramref name="part"/>; null when it has none.</summary>
    internal static string? KeySentence(string text, StarPart? part)
    {
        var sentences = Sentences(text);
        return sentences.Count == 0 ? null : Best(sentences, part);
    }

    /// <summary>How much <paramref name="sentence"/> carries as the line for <paramref name="part"/>; higher is better.</summary>
    internal static double Weight(string sentence, StarPart? part)
    {
        if (IsFraming(sentence))
        {
            return Framing;
        }

        var words = WordTokenizer.Words(sentence).ToList();
        var weight = PerFigure * Math.Min(FiguresCounted, FigureReader.Read(sentence).Count);
        if (StoryDecisions.Find(sentence) is not null)
        {
            weight += Decision;
        }

        var outcomes = words.Count(w => (CueLexicon.Shared.CuesOf(CueLexicon.Shared.WordId(w)) & Cue.OutcomeVerb) != 0);
        weight += (part is StarPart.Result or StarPart.Reflection or null ? PerOutcome : PerOutcome / 2) * Math.Min(2, outcomes);
        if (part is StarPart.Action or StarPart.Task && words.Contains("I", StringComparer.Ordinal))
        {
            weight += OwnStep;
        }

        // Names and acronyms after the first word: what makes this story this story ("Kubeflow", "the ICU", "SAP").
        if (words.Skip(1).Any(w => w.Length > 1 && char.IsUpper(w[0]) && w != "I"))
        {
            weight += Specifics;
        }

        if (words.Any(PartWords.Contains))
        {
            weight += MetaTalk;
        }

        var content = words.Count(w => !TextTerms.IsStopWord(w.ToLowerInvariant()));
        return weight + (PerContentWord * Math.Min(MaxContentWords, content));
    }

    // The first of the sentences that weigh the most.
    private static string Best(List<string> sentences, StarPart? part)
    {
        var best = 0;
        var bestWeight = double.MinValue;
        for (var i = 0; i < sentences.Count; i++)
        {
            var weight = Weight(sentences[i], part);
            if (weight > bestWeight)
            {
                (best, bestWeight) = (i, weight);
            }
        }

        return sentences[best];
    }

    // "Here's how I handled the situation:", "Let me explain.": it announces the story instead of telling it.
    private static bool IsFraming(string sentence) =>
        sentence.TrimEnd().EndsWith(':') || WordTokenizer.Count(sentence) < MinWords;

    private static List<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text).Select(s => s.In(text).ReplaceLineEndings(" ").Trim()).Where(s => s.Length > 0)];

    // A sentence too long for its line keeps its first figure in view: the run-on "It wasn't just that … the organization
    // We improved the accuracy of the model by 40%, …" is shown from the clause before "40%", not cut before it.
    private static string CutAroundFigure(string sentence, int max)
    {
        var figures = FigureReader.Read(sentence);
        if (sentence.Length <= max || figures.Count == 0 || figures[0].Start + figures[0].Text.Length < max - 1)
        {
            return Cut(sentence, max);
        }

        var end = figures[0].Start + figures[0].Text.Length;
        var start = sentence.LastIndexOf(", ", figures[0].Start, StringComparison.Ordinal);
        start = start >= 0 && end - start < max - 2 ? start + 2 : Math.Max(0, end - (max / 2));
        if (start > 0 && !char.IsWhiteSpace(sentence[start - 1]) && sentence.IndexOf(' ', start) is var space and >= 0)
        {
            start = space + 1;
        }

        return "…" + Cut(sentence[start..], max - 1);
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
