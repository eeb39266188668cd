using System.Text;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;

namespace StarCoach.Core.Practice.Probes;

/// <summary>
/// Turns the candidate's own clause into what an interviewer says back: "So I piloted it with my evening team" becomes
/// "You piloted it with your evening team". Only clauses the candidate or their team is the subject of are turned
/// ("I…", "we…", or a note that opens with a past-tense verb, "ran a test…"); anything else is not theirs to be asked
/// about in their own words, and gives null.
/// </summary>
internal static class SecondPerson
{
    private static readonly HashSet<string> Openers = new(["so", "and", "but", "then", "also", "actually", "um", "uh", "ok", "okay", "basically", "honestly"], StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, string> Spoken = new(StringComparer.OrdinalIgnoreCase)
    {
        ["i"] = "you", ["me"] = "you", ["my"] = "your", ["mine"] = "yours", ["myself"] = "yourself",
        ["i'm"] = "you're", ["i've"] = "you've", ["i'd"] = "you'd", ["i'll"] = "you'll",
        ["we"] = "you", ["us"] = "you", ["our"] = "your", ["ours"] = "yours", ["ourselves"] = "yourselves",
        ["we're"] = "you're", ["we've"] = "you've", ["we'd"] = "you'd", ["we'll"] = "you'll",
    };

    /// <summary>The clause said back to the candidate, capitalised, or null when its subject is not the candidate or their team.</summary>
    public static string? Of(string clause)
    {
        var spans = WordTokenizer.Spans(clause).ToList();
        var first = 0;
        while (first < spans.Count && Openers.Contains(clause.Substring(spans[first].Start, spans[first].Length)))
        {
            first++;
        }

        if (first >= spans.Count)
        {
            return null;
        }

        var opening = clause.Substring(spans[first].Start, spans[first].Length).Replace('’', '\'');
        var isSubject = Spoken.ContainsKey(opening) && opening.ToLowerInvariant() is "i" or "we" or "i've" or "i'd" or "we've" or "we'd";
        if (!isSubject && !IsPastVerb(opening))
        {
            return null;
        }

        var said = Swap(clause, spans, first, isSubject ? string.Empty : "you ", lowerFirst: !isSubject).TrimEnd(',', ';', ':');
        return char.ToUpperInvariant(said[0]) + said[1..];
    }

    /// <summary>Any phrase of the candidate's with its first-person words said back: "taking it to our managers" → "taking it to your managers".</summary>
    public static string Pronouns(string phrase) => Swap(phrase, [.. WordTokenizer.Spans(phrase)], 0, string.Empty, lowerFirst: false);

    private static string Swap(string clause, List<WordTokenizer.WordSpan> spans, int first, string prefix, bool lowerFirst)
    {
        if (first >= spans.Count)
        {
            return clause.Trim();
        }

        var text = new StringBuilder(clause.Length + 8);
        text.Append(prefix);
        var position = spans[first].Start;
        for (var w = first; w < spans.Count; w++)
        {
            var (start, length) = (spans[w].Start, spans[w].Length);
            text.Append(clause, position, start - position);
            var word = clause.Substring(start, length);
            text.Append(Spoken.TryGetValue(word.Replace('’', '\''), out var spoken) ? spoken : w == first && lowerFirst ? word.ToLowerInvariant() : word);
            position = start + length;
        }

        text.Append(clause, position, clause.Length - position);
        return text.ToString().Trim();
    }

    private static bool IsPastVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        return (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal))
            || (CueLexicon.Shared.CuesOf(CueLexicon.Shared.WordId(lower)) & Cue.PastVerb) != 0;
    }
}
