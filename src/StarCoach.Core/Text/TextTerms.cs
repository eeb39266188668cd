using System.Collections.Frozen;

namespace StarCoach.Core.Text;

/// <summary>
/// The analysed words of a text for matching and tagging: lower-cased, possessive "'s" dropped, hyphenated words
/// split ("cross-functional" gives "cross" and "function"), Porter-stemmed, with stop words flagged rather than
/// removed so multi-word phrases keep their shape.
/// </summary>
internal static class TextTerms
{
    /// <summary>One analysed word: its stem and where the word sits in the source text.</summary>
    public readonly record struct Term(string Stem, int Start, int Length, bool IsStopWord);

    public static List<Term> Of(string text)
    {
        var terms = new List<Term>();
        foreach (var span in WordTokenizer.Spans(text))
        {
            var word = text.AsSpan(span.Start, span.Length);
            var offset = 0;
            while (offset < word.Length)
            {
                var rest = word[offset..];
                var cut = rest.IndexOfAny('-', '\u2010', '\u2011');
                var part = cut < 0 ? rest : rest[..cut];
                AddPart(terms, part, span.Start + offset);
                offset += part.Length + 1;
            }
        }

        return terms;
    }

    /// <summary>The stems of the words in <paramref name="text"/> that are not stop words.</summary>
    public static IEnumerable<string> ContentStems(string text) => Of(text).Where(t => !t.IsStopWord).Select(t => t.Stem);

    public static bool IsStopWord(string lowerWord) => StopWords.Contains(lowerWord);

    private static void AddPart(List<Term> terms, ReadOnlySpan<char> part, int start)
    {
        var apostrophe = part.IndexOfAny('\'', '\u2019');
        var word = (apostrophe > 0 ? part[..apostrophe] : part).ToString().ToLowerInvariant();
        if (word.Length == 0)
        {
            return;
        }

        terms.Add(new Term(PorterStemmer.Stem(word), start, part.Length, StopWords.Contains(word)));
    }

    // Function words (with the particles of phrasal verbs: "pushed back", "scaled down", "signed off"), and the
    // interview boilerplate every question shares ("tell me about a time"), which carry no signal for telling one
    // story from another.
    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.Ordinal,
    [
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "away", "back", "be",
        "because", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "might", "more", "most", "my",
        "myself", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same", "she",
        "should", "so", "some",
        "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "us", "s", "t",
        "tell", "time", "describe", "example", "give", "share", "walk", "talk", "ever", "situation", "task", "action",
        "result",

        // Words that only carry the sentence along ("went without", "got really"): shown as "shared words" by match, they
        // told the candidate nothing about why a story fits.
        "without", "within", "went", "got", "gotten", "really", "quite", "upon", "onto", "via", "yet", "among", "etc",
    ]);
}
