namespace StarCoach.Core.Consistency;

/// <summary>
/// What a figure measures, reduced to the words that matter: "the 90th percentile latencies" → "latency",
/// "the accuracy of the churn prediction model" → "accuracy churn prediction model". Two subjects are the
/// same metric when the words of one are all in the other ("latency" and "serving latency"), except that a
/// lone generic word ("time", "cost") must match exactly, so "training time" and "pipeline execution time" stay apart.
/// </summary>
internal static class MetricSubject
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "our", "my", "their", "its", "this", "that", "these", "those", "his", "her", "your", "of", "and",
        "average", "mean", "median", "overall", "total", "tail", "percentile", "p50", "p90", "p95", "p99", "50th", "90th", "95th", "99th",
        "number", "amount", "level", "levels", "significantly", "substantially", "dramatically", "drastically", "considerably",
        "greatly", "further", "also", "over", "about", "by", "around", "nearly", "almost", "roughly", "approximately",
        "client", "client's", "customer's", "company's", "team's", "existing", "current", "new",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "time", "cost", "rate", "performance", "efficiency", "speed", "quality", "volume", "size", "count", "usage", "value", "score", "metric", "result", "data",
    };

    /// <summary>The normalised words of a subject phrase, in order, without duplicates.</summary>
    public static List<string> Words(IEnumerable<string> phrase)
    {
        var words = new List<string>();
        foreach (var raw in phrase)
        {
            var word = raw.ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (Dropped.Contains(word) || word.Length == 0 || char.IsDigit(word[0]))
            {
                continue;
            }

            word = Singular(word);
            if (!words.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>True when the two subjects name the same metric.</summary>
    public static bool Same(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var left = a.Split(' ');
        var right = b.Split(' ');
        var (small, large) = left.Length <= right.Length ? (left, right) : (right, left);
        if (small.Length == 1 && Generic.Contains(small[0]))
        {
            return large.Length == 1 && large[0] == small[0];
        }

        return small.All(large.Contains);
    }

    /// <summary>True when the subject has a word worth comparing on (not only generic words like "time").</summary>
    public static bool IsSpecific(string subject) => subject.Split(' ').Any(w => w.Length > 0 && !Generic.Contains(w));

    internal static string Singular(string word)
    {
        if (word.Length <= 3 || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        return word.EndsWith('s') ? word[..^1] : word;
    }
}
