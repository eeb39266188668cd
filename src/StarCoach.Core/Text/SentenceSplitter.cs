namespace StarCoach.Core.Text;

/// <summary>Where a sentence lies in its text: [Start, End), trailing spaces excluded, and whether it opens a list item.</summary>
internal readonly record struct SentenceBounds(int Start, int End, bool IsBullet);

/// <summary>
/// The one sentence splitter, used by the review, matching, competencies and coverage alike. Splits at . ! ?
/// followed by a space and a capital or the pronoun "i" (not after "e.g." or "Dr.", not inside "3.5"), or by any word
/// when the text is typed without capitals, at blank lines, at list items
/// ("•", "-", "1."), at line breaks that start a capitalised line or follow a colon or end punctuation (a line
/// wrapped mid-sentence does not end it), and at literal "\n" left by copy-paste. Linear in the length of the text.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A sentence's position in the text it came from (whitespace and list marker trimmed).</summary>
    public readonly record struct SentenceSpan(int Start, int Length)
    {
        /// <summary>The sentence text in <paramref name="source"/>.</summary>
        public string In(string source) => source.Substring(Start, Length);
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "sr", "jr", "st", "no", "approx", "inc", "ltd", "co", "fig", "al", "dept", "est", "cf", "eg", "ie",
    };

    /// <summary>The sentences of <paramref name="text"/>, in order, each with at least one letter or digit.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var bounds = new List<SentenceBounds>();
        Split(text, 0, text.Length, bounds);
        var spans = new List<SentenceSpan>(bounds.Count);
        foreach (var b in bounds)
        {
            spans.Add(new SentenceSpan(b.Start, b.End - b.Start));
        }

        return spans;
    }

    /// <summary>Adds the sentences of the characters [<paramref name="regionStart"/>, <paramref name="end"/>) to <paramref name="sentences"/>.</summary>
    internal static void Split(string text, int regionStart, int end, List<SentenceBounds> sentences)
    {
        var lowercaseWriter = WritesInLowercase(text, regionStart, end);
        var i = regionStart;
        while (i < end)
        {
            i = SkipGap(text, i, end);
            if (i >= end)
            {
                break;
            }

            var isBullet = false;
            if (AtLineStart(text, i, regionStart))
            {
                var afterMarker = SkipListMarker(text, i, end);
                if (afterMarker > i)
                {
                    isBullet = true;
                    i = SkipGap(text, afterMarker, end);
                }
            }

            var start = i;
            var stop = FindEnd(text, start, end, lowercaseWriter, out var next);
            var trimmed = stop;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }

            if (HasWordChar(text, start, trimmed))
            {
                sentences.Add(new SentenceBounds(start, trimmed, isBullet));
            }

            i = Math.Max(next, start + 1);
        }
    }

    // Returns where the sentence stops, and where scanning resumes.
    private static int FindEnd(string text, int start, int end, bool lowercaseWriter, out int next)
    {
        for (var j = start; j < end; j++)
        {
            var c = text[j];
            if (c == '\n' || IsLiteralBreak(text, j, end))
            {
                var width = c == '\n' ? 1 : 2;
                if (BreaksAtLine(text, start, j, j + width, end))
                {
                    next = j + width;
                    return j;
                }

                j += width - 1;
                continue;
            }

            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var k = j + 1;
            while (k < end && text[k] is '.' or '!' or '?' or '…' or '"' or '”' or '’' or '\'' or ')' or ']')
            {
                k++;
            }

            if (k >= end)
            {
                next = end;
                return end;
            }

            if (!char.IsWhiteSpace(text[k]) && !IsLiteralBreak(text, k, end))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(text, start, j))
            {
                continue;
            }

            var after = SkipGap(text, k, end);
            if (after < end && char.IsLower(text[after]) && !lowercaseWriter && !IsLowercasePronoun(text, after, end))
            {
                continue;
            }

            next = k;
            return k;
        }

        next = end;
        return end;
    }

    // A line break ends the sentence at a blank line, before a list item, after a colon or end punctuation,
    // or before a capitalised line; a lowercase next line is the same sentence wrapped.
    private static bool BreaksAtLine(string text, int sentenceStart, int lineEnd, int nextLine, int end)
    {
        var k = nextLine;
        while (k < end && text[k] is ' ' or '\t' or '\r')
        {
            k++;
        }

        if (k >= end || text[k] == '\n' || IsLiteralBreak(text, k, end) || SkipListMarker(text, k, end) > k)
        {
            return true;
        }

        var p = lineEnd - 1;
        while (p > sentenceStart && text[p] is ' ' or '\t' or '\r')
        {
            p--;
        }

        return text[p] is '.' or ':' or '!' or '?' or ';' || !char.IsLower(text[k]);
    }

    // "… six weeks. i figured …": the pronoun typed in lower case opens a sentence.
    private static bool IsLowercasePronoun(string text, int at, int end) =>
        text[at] == 'i' && (at + 1 == end || text[at + 1] is ' ' or '\'' or '’');

    // Text typed without capitals ("mis-picks dropped to 0.4%. what i learned is …"): a full stop before a lower-case
    // word never, and before a capital never once, so every full stop and space ends a sentence.
    private static bool WritesInLowercase(string text, int start, int end)
    {
        int lower = 0, upper = 0;
        for (var j = start; j + 2 < end; j++)
        {
            if (text[j] is '.' or '!' or '?' && text[j + 1] == ' ' && !IsAbbreviation(text, start, j))
            {
                lower += char.IsLower(text[j + 2]) ? 1 : 0;
                upper += char.IsUpper(text[j + 2]) ? 1 : 0;
            }
        }

        return lower >= 2 && upper == 0;
    }

    private static bool IsAbbreviation(string text, int start, int dot)
    {
        var w = dot;
        while (w > start && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return word.Length is > 0 and <= 6 && lookup.Contains(word);
    }

    /// <summary>True at a literal backslash-n (or backslash-r) pasted in place of a line break.</summary>
    public static bool IsLiteralBreak(string text, int i, int end) =>
        text[i] == '\\' && i + 1 < end && text[i + 1] is 'n' or 'r';

    private static int SkipGap(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF')
            {
                i++;
            }
            else if (IsLiteralBreak(text, i, end))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool AtLineStart(string text, int i, int regionStart)
    {
        for (var p = i - 1; p >= regionStart; p--)
        {
            if (text[p] == '\n' || (text[p] == 'n' && p > regionStart && text[p - 1] == '\\'))
            {
                return true;
            }

            if (text[p] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index after a list marker ("•", "-", "*", "1.", "2)", "a)") and its space, or <paramref name="i"/> when there is none.</summary>
    public static int SkipListMarker(string text, int i, int end)
    {
        if (i >= end)
        {
            return i;
        }

        var c = text[i];
        if (c is '•' or '◦' or '▪' or '·' or '‣' or '●' or '○' or '■' or '-' or '*' or '–' or '—' or '+')
        {
            return i + 1 < end && text[i + 1] is ' ' or '\t' ? i + 2 : i;
        }

        var k = i;
        while (k < end && k - i < 3 && char.IsDigit(text[k]))
        {
            k++;
        }

        if (k == i && char.IsLetter(c) && i + 1 < end && text[i + 1] == ')')
        {
            k = i + 1;
        }

        return k > i && k + 1 < end && text[k] is '.' or ')' && text[k + 1] is ' ' or '\t' ? k + 2 : i;
    }

    private static bool HasWordChar(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
