namespace StarCoach.Core.Consistency;

/// <summary>Sentences and words of a passage with their character offsets, for reading claims in context.</summary>
internal static class TextSpans
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "e.g", "i.e", "sr", "jr", "dr", "mr", "ms", "mrs", "vs", "etc", "inc", "approx", "no" };

    /// <summary>Sentence spans: ends at ". ", "? ", "! " (not after a known abbreviation) and at line breaks.</summary>
    public static List<(int Start, int Length)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = -1;
            if (c is '\n' or '\r')
            {
                end = i;
            }
            else if (c is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !EndsWithAbbreviation(text, start, i))
            {
                end = i + 1;
            }

            if (end < 0)
            {
                continue;
            }

            Add(spans, text, start, end);
            start = end;
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end - start));
        }
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        return dot > wordStart && Abbreviations.Contains(text[wordStart..dot]);
    }

    /// <summary>A shortened excerpt of <paramref name="sentence"/> for messages (at most <paramref name="max"/> characters).</summary>
    public static string Excerpt(string sentence, int max = 220)
    {
        var flat = sentence.ReplaceLineEndings(" ").Trim();
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, max - 1).TrimEnd(), "…");
    }
}
