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
        // About one word in six characters of English prose.
        var terms = new List<Term>((text.Length / 6) + 4);
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

    /// <summary>The embedded one stop-word list (<c>Text/stopwords.txt</c>), also read by the review lexicon.</summary>
    internal const string StopWordsResource = "StarCoach.Text.stopwords.txt";

    // Function words and the interview boilerplate every question shares: see Text/stopwords.txt.
    private static readonly FrozenSet<string> StopWords = LoadStopWords();

    private static FrozenSet<string> LoadStopWords()
    {
        using var stream = typeof(TextTerms).Assembly.GetManifestResourceStream(StopWordsResource)
            ?? throw new InvalidOperationException($"The stop-word list {StopWordsResource} is not embedded.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
