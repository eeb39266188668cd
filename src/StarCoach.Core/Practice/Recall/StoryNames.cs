using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;

namespace StarCoach.Core.Practice.Recall;

/// <summary>A name in a story: an employer, product, system or person.</summary>
/// <param name="Text">As first written ("Kafka Streams").</param>
/// <param name="Words">Its words in lower case, for finding it in a retelling.</param>
/// <param name="Position">Index of its first mention in the story.</param>
/// <param name="Mentions">How often the story names it.</param>
/// <param name="IsEmployer">True when written as where the story happened ("at Google").</param>
/// <param name="Sentence">Index of the sentence of its first mention.</param>
internal sealed record StoryName(string Text, string[] Words, int Position, int Mentions, bool IsEmployer, int Sentence);

/// <summary>
/// Finds names by their shape: capitalised words that do not just open a sentence, acronyms (HR, LLM) and words with
/// inner capitals (OpenSearch), joined into one name when adjacent ("Amazon Bedrock", "CBRE/Google"). STAR labels,
/// month and day names, stop words and title-case headings before a colon ("Phased Implementation:") are not names.
/// </summary>
internal static class StoryNames
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "ok", "okay", "okayed", "star", "tl", "dr",
        "ceo", "cto", "vp", "ic", "step", "phase", "first", "second", "third", "finally", "also", "then", "here", "there",
    };

    public static List<StoryName> Find(AnswerAnalysis analysis)
    {
        var text = analysis.Text;
        var tokens = analysis.Tokens;
        var capitalisedInside = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Is(TokenShape.Capitalized) && !OpensClause(analysis, i))
            {
                capitalisedInside.Add(Bare(text.Substring(tokens[i].Start, tokens[i].Length)));
            }
        }

        var headingEnds = analysis.Sentences.Select(s => s.Start + StoryReading.HeadingLength(analysis, s)).ToArray();
        var found = new Dictionary<string, StoryName>(StringComparer.OrdinalIgnoreCase);
        var t = 0;
        while (t < tokens.Length)
        {
            if (!IsNameWord(analysis, t, capitalisedInside) || tokens[t].Start < headingEnds[tokens[t].Sentence])
            {
                t++;
                continue;
            }

            var first = t;
            while (t + 1 < tokens.Length && tokens[t + 1].Sentence == tokens[first].Sentence && Joined(text, tokens[t], tokens[t + 1])
                && IsNameWord(analysis, t + 1, capitalisedInside))
            {
                t++;
            }

            var start = tokens[first].Start;
            var name = Bare(text[start..tokens[t].End]);
            var words = Enumerable.Range(first, t - first + 1).Select(i => Bare(text.Substring(tokens[i].Start, tokens[i].Length)).ToLowerInvariant()).ToArray();
            var employer = first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence && analysis.IsWord(first - 1, "at");
            if (found.TryGetValue(name, out var seen))
            {
                found[name] = seen with { Mentions = seen.Mentions + 1, IsEmployer = seen.IsEmployer || employer };
            }
            else
            {
                found[name] = new StoryName(name, words, start, 1, employer, tokens[first].Sentence);
            }

            t++;
        }

        return [.. found.Values.OrderBy(n => n.Position)];
    }

    /// <summary>Employers named after "at" in a text ("at Meta"), for telling a changed employer.</summary>
    public static List<string> Employers(AnswerAnalysis analysis)
    {
        var employers = new List<string>();
        var tokens = analysis.Tokens;
        for (var t = 1; t < tokens.Length; t++)
        {
            if (analysis.IsWord(t - 1, "at") && tokens[t].Sentence == tokens[t - 1].Sentence
                && (tokens[t].Is(TokenShape.Capitalized) || tokens[t].Is(TokenShape.AllCaps))
                && !TextTerms.IsStopWord(analysis.WordOf(tokens[t]).ToString().ToLowerInvariant()))
            {
                employers.Add(analysis.WordOf(tokens[t]).ToString());
            }
        }

        return employers;
    }

    private static bool IsNameWord(AnswerAnalysis analysis, int t, HashSet<string> capitalisedInside)
    {
        var token = analysis.Tokens[t];
        var word = analysis.WordOf(token);
        if (word.Length < 2)
        {
            return false;
        }

        var text = Bare(word.ToString());
        var lower = text.ToLowerInvariant();
        // Contractions ("Won’t", "I’d") are grammar, never names.
        if (TextTerms.IsStopWord(lower) || NotNames.Contains(lower) || text.AsSpan().IndexOfAny('\'', '’') >= 0)
        {
            return false;
        }

        if (token.Is(TokenShape.AllCaps) || HasInnerCapital(word))
        {
            return true;
        }

        return token.Is(TokenShape.Capitalized) && (!OpensClause(analysis, t) || capitalisedInside.Contains(text));
    }

    /// <summary>The word without a possessive ("Mark’s" is Mark) or a lower-case suffix ("LLM-powered" is LLM).</summary>
    internal static string Bare(string word)
    {
        if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^2];
        }

        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen < word.Length - 1 && word.AsSpan(hyphen + 1).ContainsAnyExceptInRange('a', 'z') is false ? word[..hyphen] : word;
    }

    // A capital after a colon or an opening quote is the grammar's, like a capital that opens a sentence.
    private static bool OpensClause(AnswerAnalysis analysis, int t)
    {
        var token = analysis.Tokens[t];
        if (token.Is(TokenShape.SentenceStart))
        {
            return true;
        }

        var i = token.Start - 1;
        while (i >= 0 && analysis.Text[i] is ' ' or '\t' or '"' or '“' or '\'' or '‘')
        {
            i--;
        }

        // After a colon, a bullet or an opening parenthesis a capital starts a heading or a list item.
        return i >= 0 && analysis.Text[i] is ':' or '.' or '!' or '?' or ';' or '\n' or '(' or '•' or '*' or '-' or '–' or '—';
    }

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        var lower = false;
        for (var i = 0; i < word.Length; i++)
        {
            lower |= char.IsLower(word[i]);
            if (i > 0 && char.IsUpper(word[i]) && lower)
            {
                return true;
            }
        }

        return false;
    }

    // "Amazon Bedrock", "CBRE/Google": one space, a slash or a hyphen between the words.
    private static bool Joined(string text, Token a, Token b)
    {
        var gap = text.AsSpan(a.End, b.Start - a.End);
        return gap is " " or "/" or "-" or " / ";
    }
}
