namespace StarCoach.Core.Text;

/// <summary>
/// Splits prose into sentences with their character spans. Tuned for prep documents: bullets, numbered lists,
/// literal <c>\n</c> paste artefacts and labels such as "Situation:" end a sentence; a line wrapped mid-sentence
/// does not.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A sentence's position in the text it came from (whitespace trimmed).</summary>
    public readonly record struct SentenceSpan(int Start, int Length)
    {
        /// <summary>The sentence text in <paramref name="source"/>.</summary>
        public string In(string source) => source.Substring(Start, Length);
    }

    /// <summary>The sentences of <paramref name="text"/>, in order, each with at least one letter or digit.</summary>
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var spans = new List<SentenceSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int? end = null;
            var next = i + 1;
            if (c is '.' or '!' or '?' or '…')
            {
                // "e.g." and "3.5" are not sentence ends: require whitespace then a likely sentence start.
                var j = i + 1;
                while (j < text.Length && text[j] is '"' or '\'' or '”' or '’' or ')')
                {
                    j++;
                }

                if (j >= text.Length || (char.IsWhiteSpace(text[j]) && StartsSentence(text, SkipSpaces(text, j))))
                {
                    end = j;
                    next = j;
                }
            }
            else if (c is '\n' or '\r')
            {
                if (EndsLine(text, i))
                {
                    end = i;
                }
            }
            else if (c == '\\' && i + 1 < text.Length && text[i + 1] == 'n')
            {
                end = i;
                next = i + 2;
            }
            else if (c is '•' or '●' or '▪' or '◦')
            {
                end = i;
            }

            if (end is { } e)
            {
                Add(spans, text, start, e);
                start = next;
                i = next - 1;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool StartsSentence(string text, int i) =>
        i >= text.Length || char.IsUpper(text[i]) || char.IsDigit(text[i]) || text[i] is '"' or '“' or '\'' or '‘' or '(' or '•' or '*' or '-' or '\\';

    /// <summary>A line break ends a sentence unless the line was wrapped mid-sentence (next line starts in lower case).</summary>
    private static bool EndsLine(string text, int i)
    {
        var prev = i - 1;
        while (prev >= 0 && text[prev] is ' ' or '\t')
        {
            prev--;
        }

        if (prev < 0 || text[prev] is '\n' or '\r' or '.' or ':' or '!' or '?')
        {
            return true;
        }

        var next = SkipSpaces(text, i);
        return next >= text.Length || !char.IsLower(text[next]);
    }

    private static void Add(List<SentenceSpan> spans, string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '•' or '●' or '▪' or '◦'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        for (var i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                spans.Add(new SentenceSpan(start, end - start));
                return;
            }
        }
    }
}
