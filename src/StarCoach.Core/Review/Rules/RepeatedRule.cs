using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>text.repeated</c>: a sentence said twice (compared by its words, ignoring case and punctuation), or a run
/// of at least <see cref="MinPhraseWords"/> words said twice. Points at the repeat, not the first telling.
/// Hashes of word runs make it linear in the answer's length.
/// </summary>
internal sealed class RepeatedRule : ReviewRule
{
    public const int MinSentenceWords = 5;
    public const int MinPhraseWords = 10;
    public const int MaxFindings = 3;

    public override string Id => "text.repeated";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Repeated text: the same words appear twice.";

    public override string Hint => "Delete the repeat; if it was meant as emphasis, say it once, better.";

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var tokens = analysis.Tokens;
        var hashes = new ulong[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            hashes[t] = WordHash(analysis.WordOf(tokens[t]));
        }

        var reported = 0;
        var covered = new bool[tokens.Length];
        var seenSentences = new Dictionary<ulong, int>();
        for (var s = 0; s < analysis.Sentences.Length && reported < MaxFindings; s++)
        {
            var sentence = analysis.Sentences[s];
            if (sentence.TokenCount < MinSentenceWords)
            {
                continue;
            }

            var key = RunHash(hashes, sentence.FirstToken, sentence.TokenCount);
            if (seenSentences.TryGetValue(key, out var earlier) && analysis.Sentences[earlier].TokenCount == sentence.TokenCount
                && SameWords(analysis, analysis.Sentences[earlier].FirstToken, sentence.FirstToken, sentence.TokenCount))
            {
                findings.Add(this, sentence, $"Repeated sentence: “{Shorten(analysis, sentence.FirstToken, sentence.TokenCount)}” was already said.");
                reported++;
                covered.AsSpan(sentence.FirstToken, sentence.TokenCount).Fill(true);
                continue;
            }

            seenSentences.TryAdd(key, s);
        }

        var seenRuns = new Dictionary<ulong, int>();
        for (var t = 0; t + MinPhraseWords <= tokens.Length && reported < MaxFindings; t++)
        {
            var key = RunHash(hashes, t, MinPhraseWords);
            if (!seenRuns.TryGetValue(key, out var earlier))
            {
                seenRuns.Add(key, t);
                continue;
            }

            if (covered[t] || t - earlier < MinPhraseWords || !SameWords(analysis, earlier, t, MinPhraseWords))
            {
                continue;
            }

            // Extend the repeat as far as it goes, then report it once.
            var length = MinPhraseWords;
            while (t + length < tokens.Length && earlier + length < t && hashes[earlier + length] == hashes[t + length] && !covered[t + length])
            {
                length++;
            }

            findings.AddTokens(this, t, length, $"Repeated phrase: “{Shorten(analysis, t, length)}” was already said.");
            reported++;
            t += length - 1;
        }
    }

    private static string Shorten(AnswerAnalysis analysis, int first, int count)
    {
        var start = analysis.Tokens[first].Start;
        var excerpt = FindingList.Excerpt(analysis.Text, start, analysis.Tokens[first + count - 1].End - start);
        return excerpt.Length > 60 ? excerpt[..59] + "…" : excerpt;
    }

    private static bool SameWords(AnswerAnalysis analysis, int a, int b, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (!analysis.WordOf(analysis.Tokens[a + k]).Equals(analysis.WordOf(analysis.Tokens[b + k]), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static ulong RunHash(ulong[] hashes, int first, int count)
    {
        var hash = 14695981039346656037UL;
        for (var k = 0; k < count; k++)
        {
            hash = (hash ^ hashes[first + k]) * 1099511628211UL;
        }

        return hash;
    }

    // FNV-1a over the lower-cased word: the same word in any case hashes the same.
    private static ulong WordHash(ReadOnlySpan<char> word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }

        return hash;
    }
}
