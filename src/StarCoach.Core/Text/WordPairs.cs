namespace StarCoach.Core.Text;

/// <summary>
/// Adjacent word pairs of a text, hashed and case-insensitive: how much two answers overlap, so a story can be
/// recognised after an edit (re-import) and near-duplicates reported.
/// </summary>
public static class WordPairs
{
    /// <summary>The set of hashed adjacent word pairs of <paramref name="text"/>.</summary>
    public static HashSet<ulong> Of(string text)
    {
        var pairs = new HashSet<ulong>();
        uint previous = 0;
        var first = true;
        foreach (var span in WordTokenizer.Spans(text))
        {
            var word = WordHash(text.AsSpan(span.Start, span.Length));
            if (!first)
            {
                pairs.Add(((ulong)previous << 32) | word);
            }

            previous = word;
            first = false;
        }

        return pairs;
    }

    /// <summary>Share of the smaller set's pairs that the other set has too (0–1).</summary>
    public static double Overlap(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }

    /// <summary>Case-insensitive FNV-1a of a word.</summary>
    private static uint WordHash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619u;
        }

        return hash;
    }
}
