using System.Collections.Immutable;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Review.Rules;

namespace StarCoach.Core.Review.Parts;

/// <summary>
/// For each part of a multi-part question, the answer sentence that covers it best. A sentence scores one point
/// per topic word it shares with the part (stems, stopwords left out) and two when it belongs to the STAR part the
/// question part asks for ("What was the outcome?" asks for the result, "How did you handle it?" for actions).
/// A part is covered from <see cref="MinScore"/> points.
/// </summary>
internal static class PartCoverageFinder
{
    public const double MinScore = 2;

    private const double AskedPartScore = 2;

    public static ImmutableArray<PartCoverage> Find(AnswerAnalysis analysis, CueLexicon lexicon)
    {
        var questionParts = analysis.Subject.Parts;
        if (questionParts.IsDefaultOrEmpty)
        {
            return [];
        }

        var answerStems = new string[analysis.Tokens.Length];
        for (var t = 0; t < analysis.Tokens.Length; t++)
        {
            answerStems[t] = Stem(analysis.WordOf(analysis.Tokens[t]));
        }

        var coverage = ImmutableArray.CreateBuilder<PartCoverage>(questionParts.Length);
        foreach (var part in questionParts)
        {
            var scan = TextScan.Of(part, lexicon);
            var topic = TopicStems(scan);
            var asked = AskedParts(scan);
            var best = -1;
            var bestScore = 0.0;
            for (var s = 0; s < analysis.Sentences.Length; s++)
            {
                var score = SharedStems(analysis.Sentences[s], answerStems, topic)
                    + (asked.Contains(analysis.PartOf[s]) && analysis.Part(analysis.PartOf[s]).Present ? AskedPartScore : 0);
                if (score > bestScore)
                {
                    best = s;
                    bestScore = score;
                }
            }

            coverage.Add(bestScore >= MinScore
                ? new PartCoverage(part, true, FindingList.Excerpt(analysis.Text, analysis.Sentences[best].Start, analysis.Sentences[best].End - analysis.Sentences[best].Start))
                : new PartCoverage(part, false, null));
        }

        return coverage.MoveToImmutable();
    }

    private static HashSet<string> TopicStems(TextScan scan)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in scan.Tokens)
        {
            if (!token.Has(Cue.Stopword) && !token.Is(TokenShape.Numeric) && token.Length > 2)
            {
                stems.Add(Stem(scan.Text.AsSpan(token.Start, token.Length)));
            }
        }

        return stems;
    }

    private static List<StarPart> AskedParts(TextScan scan)
    {
        var asked = new List<StarPart>();
        if ((scan.Cues & Cue.AskSituation) != 0)
        {
            asked.Add(StarPart.Situation);
        }

        if ((scan.Cues & Cue.AskAction) != 0)
        {
            asked.Add(StarPart.Action);
        }

        if ((scan.Cues & Cue.AskResult) != 0)
        {
            asked.Add(StarPart.Result);
            asked.Add(StarPart.Reflection);
        }

        if ((scan.Cues & Cue.AskReflection) != 0)
        {
            asked.Add(StarPart.Reflection);
        }

        return asked;
    }

    private static int SharedStems(in Sentence sentence, string[] answerStems, HashSet<string> topic)
    {
        if (topic.Count == 0)
        {
            return 0;
        }

        var shared = new HashSet<string>(StringComparer.Ordinal);
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (topic.Contains(answerStems[t]))
            {
                shared.Add(answerStems[t]);
            }
        }

        return shared.Count;
    }

    /// <summary>A crude English stem: lower case, possessive and common suffixes removed ("managed" → "manag").</summary>
    internal static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        var length = word[..lower.Length].ToLowerInvariant(lower);
        var stem = lower[..length];
        if (stem.EndsWith("'s") || stem.EndsWith("’s"))
        {
            stem = stem[..^2];
        }

        foreach (var suffix in (ReadOnlySpan<string>)["ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s"])
        {
            if (stem.Length > suffix.Length + 2 && stem.EndsWith(suffix, StringComparison.Ordinal) && !(suffix == "s" && stem.EndsWith("ss", StringComparison.Ordinal)))
            {
                stem = stem[..^suffix.Length];
                break;
            }
        }

        return stem.ToString();
    }
}
