using StarCoach.Core.Text;

namespace StarCoach.Core.Import.Outline;

/// <summary>Adjacent word pairs of a text, for measuring how much two answers overlap.</summary>
internal static class WordPairs
{
    public static HashSet<string> Of(string text)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var word in WordTokenizer.Words(text))
        {
            var lower = word.ToLowerInvariant();
            if (previous is not null)
            {
                pairs.Add(previous + " " + lower);
            }

            previous = lower;
        }

        return pairs;
    }

    /// <summary>Share of the smaller set's pairs that the other set has too (0–1).</summary>
    public static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }
}
