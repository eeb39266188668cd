using System.Buffers;

namespace StarCoach.Core.Text.Figures;

/// <summary>
/// Reads the figures of a sentence: digits (thousands separators, decimals, k/M/B and thousand/million/billion) and
/// number words ("two", "a dozen", "twenty-five"), ranges ("30–40%", "2-3 people", "between 3 and 5 engineers"),
/// currencies ("$8,000", "8,000 dollars", "USD 8000", "€8k"), percentages, multiples, durations, people and counted
/// nouns, each with the qualifier before it ("about", "over", "nearly"). Bare numbers and years are not figures.
/// The one reader of figures: the consistency checker and recall both read through it, and
/// <c>FigureReaderTests</c> is the table every feature is read against.
/// </summary>
internal static class FigureReader
{
    private static readonly SearchValues<char> PhraseEnd = SearchValues.Create(",.;:()!?");

    private static readonly HashSet<string> Comparatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "faster", "more", "higher", "larger", "bigger", "cheaper", "slower", "less", "fewer", "better", "lower", "as", "smaller", "quicker",
    };

    private static readonly HashSet<string> NotCounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "most", "more", "less", "times", "top", "key", "best", "different", "other", "new", "main", "major", "situation", "am", "pm", "of",
    };

    /// <summary>A word of the sentence.</summary>
    private readonly record struct Word(string Text, int Start, int End);

    /// <summary>Every figure of <paramref name="sentence"/>, in order.</summary>
    public static List<Figure> Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new List<Word>();
        foreach (var span in WordTokenizer.Spans(sentence))
        {
            words.Add(new Word(sentence.Substring(span.Start, span.Length), span.Start, span.Start + span.Length));
        }

        var figures = new List<Figure>();
        var i = 0;
        while (i < sentence.Length)
        {
            if (!char.IsAsciiDigit(sentence[i]))
            {
                i++;
                continue;
            }

            if (i > 0 && (char.IsLetterOrDigit(sentence[i - 1]) || sentence[i - 1] is '.' or ',' or '_'))
            {
                // Inside a word ("IC6", "v2") or a number already read.
                while (i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || sentence[i] is '.' or ','))
                {
                    i++;
                }

                continue;
            }

            var figure = DigitsAt(sentence, words, i, out var end);
            if (figure is not null)
            {
                figures.Add(figure);
            }

            i = Math.Max(end, i + 1);
        }

        NumberWordsIn(sentence, words, figures);
        figures.Sort((a, b) => a.Start.CompareTo(b.Start));
        return figures;
    }

    private static Figure? DigitsAt(string s, List<Word> words, int start, out int end)
    {
        var low = FigureWords.ParseNumber(s, start, out end);
        var high = low;
        var numberEnd = end;
        var textStart = start;
        string? currency = null;
        if (FigureWords.CurrencyBefore(s, start) is var (code, codeStart))
        {
            // "$8,000", "USD 8000", "EUR 5k"
            currency = code;
            textStart = codeStart;
        }

        // A range: "2-3", "2- 3", "10–20", "between 3 and 5".
        var k = SkipSpaces(s, end);
        if (k < s.Length && s[k] is '-' or '–' && SkipSpaces(s, k + 1) is var next && next < s.Length && char.IsAsciiDigit(s[next]))
        {
            high = FigureWords.ParseNumber(s, next, out end);
            numberEnd = end;
        }
        else if (WordBefore(words, textStart) is { Text: var between } && between.Equals("between", StringComparison.OrdinalIgnoreCase)
            && WordsAfter(s, words, end, 2) is [{ Text: "and" }, var second] && char.IsAsciiDigit(second.Text[0]))
        {
            high = FigureWords.ParseNumber(s, second.Start, out end);
            numberEnd = end;
            textStart = WordBefore(words, textStart)!.Value.Start;
        }

        var after = WordsAfter(s, words, end, 4);
        var unit = UnitAfter(s, after, end, currency, ref low, ref high);
        if (unit is null && WordsBefore(words, textStart, 2) is [var team, { Text: var of }]
            && of.Equals("of", StringComparison.OrdinalIgnoreCase) && team.Text.StartsWith("team", StringComparison.OrdinalIgnoreCase))
        {
            // "a team of 8"
            unit = (FigureKind.People, "people", numberEnd);
        }

        // "in 2019", "the 1990s"
        if (unit is not { } found || ((found.Kind == FigureKind.Count || (found.Kind == FigureKind.Duration && found.End - numberEnd == 1)) && IsYear(low, high, numberEnd - start)))
        {
            return null;
        }

        end = Math.Max(end, found.End);
        var (approximation, qualified) = FigureWords.QualifierBefore(s, textStart);
        return new Figure(found.Kind, found.Unit, low, high, approximation, s[qualified..found.End], s[qualified..numberEnd], qualified);
    }

    /// <summary>
    /// The unit after a number: a scale, then a currency, %, x, a unit of time, people or a counted noun. Scales and
    /// durations change <paramref name="low"/> and <paramref name="high"/>.
    /// </summary>
    private static (FigureKind Kind, string Unit, int End)? UnitAfter(string s, List<Word> after, int end, string? currency, ref double low, ref double high)
    {
        if (end < s.Length && s[end] == '%')
        {
            return (FigureKind.Percent, "%", end + 1);
        }

        if (end < s.Length && s[end] == '×')
        {
            return (FigureKind.Multiple, "x", end + 1);
        }

        var w = 0;
        var unitEnd = end;
        if (after.Count > 0 && FigureWords.Scales.TryGetValue(after[0].Text, out var scale)
            && (after[0].Start == end || after[0].Text.Length > 2)
            && (currency is not null || after[0].Text.Length > 2 || after[0].Text is "k" or "K" || CurrencyAt(after, 1) is not null))
        {
            low *= scale;
            high *= scale;
            unitEnd = after[0].End;
            w = 1;
        }

        if (currency is not null)
        {
            return (FigureKind.Money, currency, unitEnd);
        }

        if (CurrencyAt(after, w) is { } named)
        {
            return (FigureKind.Money, named, after[w].End);
        }

        if (w > 0)
        {
            // "2 million users"; "1.2 million" alone is a number of no unit.
            return (w < after.Count && after[w].Start - unitEnd <= 1 ? UnitOf(after, w, ref low, ref high) : null) ?? (FigureKind.Count, string.Empty, unitEnd);
        }

        if (after.Count > 0 && after[0].Start == end && after[0].Text is "x" or "X")
        {
            return (FigureKind.Multiple, "x", after[0].End);
        }

        return after.Count > 0 ? UnitOf(after, 0, ref low, ref high) : null;
    }

    private static string? CurrencyAt(List<Word> words, int w) =>
        w < words.Count && FigureWords.CurrencyWords.TryGetValue(words[w].Text, out var code) ? code : null;

    private static (FigureKind Kind, string Unit, int End)? UnitOf(List<Word> words, int w, ref double low, ref double high)
    {
        var first = words[w];
        if (first.Text.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return (FigureKind.Percent, "%", first.End);
        }

        if (first.Text.Equals("per", StringComparison.OrdinalIgnoreCase) && w + 1 < words.Count && words[w + 1].Text.Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            return (FigureKind.Percent, "%", words[w + 1].End);
        }

        if (first.Text.Equals("times", StringComparison.OrdinalIgnoreCase) && w + 1 < words.Count && Comparatives.Contains(words[w + 1].Text))
        {
            // "three times faster"
            return (FigureKind.Multiple, "x", first.End);
        }

        if (FigureWords.TimeUnits.TryGetValue(first.Text, out var time))
        {
            low *= time.Seconds;
            high *= time.Seconds;
            return (FigureKind.Duration, "s", first.End);
        }

        if (FigureWords.PeopleNouns.Contains(first.Text))
        {
            return (FigureKind.People, "people", first.End);
        }

        // "50 team members", "12 direct reports"
        if (w + 1 < words.Count && FigureWords.PeopleNouns.Contains(words[w + 1].Text) && !TextTerms.IsStopWord(first.Text.ToLowerInvariant()))
        {
            return (FigureKind.People, "people", words[w + 1].End);
        }

        var lower = first.Text.ToLowerInvariant();
        if (lower.Length < 3 || TextTerms.IsStopWord(lower) || !first.Text.All(char.IsLetter) || NotCounted.Contains(lower))
        {
            return null;
        }

        return (FigureKind.Count, PorterStemmer.Stem(lower), first.End);
    }

    /// <summary>Number words before a unit: "three weeks", "a dozen engineers", "twenty-five people", "two million dollars".</summary>
    private static void NumberWordsIn(string s, List<Word> words, List<Figure> figures)
    {
        for (var w = 0; w + 1 < words.Count; w++)
        {
            if (NumberWordAt(words, w, out var value, out var last) is false || figures.Exists(f => f.Start <= words[w].Start && words[w].Start < f.Start + f.Text.Length))
            {
                continue;
            }

            var first = w > 0 && words[w - 1].Text.Equals("a", StringComparison.OrdinalIgnoreCase) && words[w].Text is "dozen" or "hundred" or "single" or "Dozen" or "Hundred" ? w - 1 : w;
            var after = WordsAfter(s, words, words[last].End, 4);
            var low = value;
            var high = value;
            if (after.Count == 0 || UnitAfter(s, after, words[last].End, null, ref low, ref high) is not { } unit
                || (unit.Kind == FigureKind.Count && value < 2) || (unit.Kind == FigureKind.Multiple && after[0].Text is not "times"))
            {
                continue;
            }

            var (approximation, start) = FigureWords.QualifierBefore(s, words[first].Start);
            figures.Add(new Figure(unit.Kind, unit.Unit, low, high, approximation, s[start..unit.End], s[start..words[last].End], start));
            w = last;
        }
    }

    /// <summary>A number told in words at word <paramref name="w"/>: "five", "twenty-five", "twenty five", "dozen".</summary>
    private static bool NumberWordAt(List<Word> words, int w, out double value, out int last)
    {
        last = w;
        value = 0;
        var text = words[w].Text;
        var hyphen = text.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && FigureWords.Numbers.TryGetValue(text[..hyphen], out var tens) && FigureWords.Numbers.TryGetValue(text[(hyphen + 1)..], out var ones) && tens >= 20 && ones < 10)
        {
            value = tens + ones;
            return true;
        }

        // "in a single month"
        if (text.Equals("single", StringComparison.OrdinalIgnoreCase) && w > 0 && words[w - 1].Text.Equals("a", StringComparison.OrdinalIgnoreCase))
        {
            value = 1;
            return true;
        }

        if (!FigureWords.Numbers.TryGetValue(text, out value))
        {
            return false;
        }

        if (value is >= 20 and < 100 && w + 1 < words.Count && FigureWords.Numbers.TryGetValue(words[w + 1].Text, out var unit) && unit < 10)
        {
            value += unit;
            last = w + 1;
        }

        return true;
    }

    private static bool IsYear(double low, double high, int length) => length == 4 && low == high && low is >= 1900 and <= 2099;

    private static Word? WordBefore(List<Word> words, int position)
    {
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (words[i].End <= position)
            {
                return words[i];
            }
        }

        return null;
    }

    private static List<Word> WordsBefore(List<Word> words, int position, int count)
    {
        var before = new List<Word>(count);
        for (var i = words.Count - 1; i >= 0 && before.Count < count; i--)
        {
            if (words[i].End <= position)
            {
                before.Insert(0, words[i]);
            }
        }

        return before;
    }

    /// <summary>Up to <paramref name="max"/> words from <paramref name="from"/>; a unit glued to the number ("10K", "3-week") counts as one; punctuation ends the phrase.</summary>
    private static List<Word> WordsAfter(string s, List<Word> words, int from, int max)
    {
        var after = new List<Word>(max);
        var previousEnd = from;
        foreach (var word in words)
        {
            var start = word.Start;
            if (word.End <= from)
            {
                continue;
            }

            if (start < from)
            {
                start = from;
                while (start < word.End && s[start] is '-' or '‐' or '‑')
                {
                    start++;
                }

                if (start == word.End || !char.IsLetter(s[start]))
                {
                    return after;
                }
            }

            if (s.AsSpan(previousEnd, start - previousEnd).IndexOfAny(PhraseEnd) >= 0)
            {
                break;
            }

            after.Add(new Word(s[start..word.End], start, word.End));
            previousEnd = word.End;
            if (after.Count >= max)
            {
                break;
            }
        }

        return after;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
