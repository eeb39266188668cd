namespace StarCoach.Core.Text;

/// <summary>
/// Finds words (runs of letters and digits, with inner apostrophes and hyphens) in text.
/// One definition shared by the lossless-import check and the analysers, so "a word" means the same everywhere.
/// </summary>
public static class WordTokenizer
{
    /// <summary>A word's position in the text it came from.</summary>
    public readonly record struct WordSpan(int Start, int Length);

    /// <summary>Enumerates the words of <paramref name="text"/> without allocating per word.</summary>
    public static IEnumerable<WordSpan> Spans(string text)
    {
        var position = 0;
        while (TryNext(text, ref position, out var word))
        {
            yield return word;
        }
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/>, which moves past it: the loop form of <see cref="Spans"/>
    /// for hot paths that read every word of a text.
    /// </summary>
    public static bool TryNext(string text, ref int position, out WordSpan word)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i >= text.Length)
        {
            position = i;
            word = default;
            return false;
        }

        var start = i;
        i++;
        while (i < text.Length)
        {
            if (IsWordChar(text[i]))
            {
                i++;
            }
            else if (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        position = i;
        word = new WordSpan(start, i - start);
        return true;
    }

    /// <summary>The words of <paramref name="text"/>, as written.</summary>
    public static IEnumerable<string> Words(string text)
    {
        foreach (var span in Spans(text))
        {
            yield return text.Substring(span.Start, span.Length);
        }
    }

    /// <summary>Number of words in <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        var count = 0;
        foreach (var _ in Spans(text))
        {
            count++;
        }

        return count;
    }

    // ASCII first: the same answer as the Unicode test, without it for the common case.
    internal static bool IsWordChar(char c) => c < '\u0080'
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';
}
