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

    public override string Id => RuleIds.Repeated;

    public override string Name => "Repeated text";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Repeated text: the same words appear twice.";

    public override string Hint => "Delete the repeat; if it was meant as emphasis, say it once, better.";

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var tokens = analysis.Tokens;
        if (tokens.Length < MinSentenceWords)
        {
            return;
        }

        var pool = System.Buffers.ArrayPool<ulong>.Shared;
        var hashes = pool.Rent(tokens.Length);
        var covered = System.Buffers.ArrayPool<bool>.Shared.Rent(tokens.Length);
        try
        {
            for (var t = 0; t < tokens.Length; t++)
            {
                hashes[t] = tokens[t].Hash;
                covered[t] = false;
            }

            var reported = RepeatedSentences(analysis, hashes, covered, findings);
            RepeatedPhrases(analysis, hashes, covered, reported, findings);
        }
        finally
        {
            pool.Return(hashes);
            System.Buffers.ArrayPool<bool>.Shared.Return(covered);
        }
    }

    private int RepeatedSentences(AnswerAnalysis analysis, ulong[] hashes, bool[] covered, FindingList findings)
    {
        var reported = 0;
        var sentences = analysis.Sentences;
        using var seen = new FirstSeen(sentences.Length);
        for (var s = 0; s < sentences.Length && reported < MaxFindings; s++)
        {
            var sentence = sentences[s];
            if (sentence.TokenCount < MinSentenceWords)
            {
                continue;
            }

            var key = RunHash(hashes, sentence.FirstToken, sentence.TokenCount);
            var earlier = seen.FindOrAdd(key, s);
            if (earlier >= 0 && sentences[earlier].TokenCount == sentence.TokenCount
                && SameWords(analysis, sentences[earlier].FirstToken, sentence.FirstToken, sentence.TokenCount))
            {
                findings.Add(this, sentence, $"Repeated sentence: “{Shorten(analysis, sentence.FirstToken, sentence.TokenCount)}” was already said.");
                reported++;
                covered.AsSpan(sentence.FirstToken, sentence.TokenCount).Fill(true);
            }
        }

        return reported;
    }

    private void RepeatedPhrases(AnswerAnalysis analysis, ulong[] hashes, bool[] covered, int reported, FindingList findings)
    {
        var count = analysis.Tokens.Length;
        using var seen = new FirstSeen(count);
        var top = RollingPower(MinPhraseWords - 1);
        var run = count >= MinPhraseWords ? RollingHash(hashes, 0, MinPhraseWords) : 0;
        for (var t = 0; t + MinPhraseWords <= count && reported < MaxFindings; t++)
        {
            if (t > 0)
            {
                // Slide the window one word: drop the word that leaves, add the word that enters.
                run = ((run - (hashes[t - 1] * top)) * RollingBase) + hashes[t + MinPhraseWords - 1];
            }

            var earlier = seen.FindOrAdd(run, t);
            if (earlier < 0 || covered[t] || t - earlier < MinPhraseWords || !SameWords(analysis, earlier, t, MinPhraseWords))
            {
                continue;
            }

            // Extend the repeat as far as it goes, then report it once.
            var length = MinPhraseWords;
            while (t + length < count && earlier + length < t && hashes[earlier + length] == hashes[t + length] && !covered[t + length])
            {
                length++;
            }

            findings.AddTokens(this, t, length, $"Repeated phrase: “{Shorten(analysis, t, length)}” was already said.");
            reported++;
            var resume = t + length - 1;
            while (t < resume && t + MinPhraseWords < count)
            {
                t++;
                run = ((run - (hashes[t - 1] * top)) * RollingBase) + hashes[t + MinPhraseWords - 1];
            }

            t = resume;
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

    /// <summary>
    /// The first position each run of words was seen at: an open-addressing table over pooled arrays, so that
    /// finding repeats allocates nothing per answer.
    /// </summary>
    private readonly ref struct FirstSeen : IDisposable
    {
        private readonly ulong[] _keys;
        private readonly int[] _positions;
        private readonly int _mask;

        public FirstSeen(int capacity)
        {
            var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
            _keys = System.Buffers.ArrayPool<ulong>.Shared.Rent(size);
            _positions = System.Buffers.ArrayPool<int>.Shared.Rent(size);
            _positions.AsSpan(0, size).Fill(-1);
            _mask = size - 1;
        }

        /// <summary>
        /// The first position recorded with the same key, or -1 after recording this one. Callers compare the words:
        /// two different runs sharing a 64-bit hash in one answer are not worth a second probe.
        /// </summary>
        public int FindOrAdd(ulong key, int position)
        {
            for (var slot = (int)(key & (ulong)_mask); ; slot = (slot + 1) & _mask)
            {
                if (_positions[slot] < 0)
                {
                    _keys[slot] = key;
                    _positions[slot] = position;
                    return -1;
                }

                if (_keys[slot] == key)
                {
                    return _positions[slot];
                }
            }
        }

        public void Dispose()
        {
            System.Buffers.ArrayPool<ulong>.Shared.Return(_keys);
            System.Buffers.ArrayPool<int>.Shared.Return(_positions);
        }
    }

    private const ulong RollingBase = 1099511628211UL;

    // Polynomial hash of a run of words, the form RepeatedPhrases slides along the answer.
    private static ulong RollingHash(ulong[] hashes, int first, int count)
    {
        var hash = 0UL;
        for (var k = 0; k < count; k++)
        {
            hash = (hash * RollingBase) + hashes[first + k];
        }

        return hash;
    }

    private static ulong RollingPower(int exponent)
    {
        var power = 1UL;
        for (var k = 0; k < exponent; k++)
        {
            power *= RollingBase;
        }

        return power;
    }
}
