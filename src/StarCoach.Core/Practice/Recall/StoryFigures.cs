using System.Buffers;
using System.Globalization;
using StarCoach.Core.Text;

namespace StarCoach.Core.Practice.Recall;

/// <summary>A figure of a story: its value (a range for "2-3"), what it measures, and where it is.</summary>
/// <param name="Family">What kind of quantity it is, so only like is compared with like: <c>%</c>, <c>x</c>, a currency
/// symbol, <c>time</c> (value in seconds), <c>people</c>, or <c>n:</c> and the stem of the counted noun.</param>
/// <param name="Text">The figure as written, with its qualifier and unit ("over 70%", "three weeks").</param>
/// <param name="Number">The number as written, with its qualifier ("over 50"), for questions about it.</param>
/// <param name="Start">Index in the sentence.</param>
internal sealed record StoryFigure(double Low, double High, string Family, string Text, string Number, int Start)
{
    /// <summary>True when both figures allow a common value (half a percent of slack for rounding: $1.2M = $1,200,000).</summary>
    public bool SameValue(StoryFigure other)
    {
        if (Family != other.Family)
        {
            return false;
        }

        var slack = 0.005 * Math.Max(Math.Abs(High), Math.Abs(other.High));
        return Low <= other.High + slack && other.Low <= High + slack;
    }
}

/// <summary>
/// Reads the figures of a sentence: numbers (with thousands separators, decimals, ranges, k/M/B and
/// thousand/million/billion) that carry a unit — %, a currency, x, a time unit, people or a counted noun — and
/// number words before a time unit or people ("three weeks", "five engineers"). Bare numbers and years are not figures.
/// </summary>
internal static class StoryFigures
{
    private static readonly SearchValues<char> PhraseEnd = SearchValues.Create(",.;:()!?");

    private static readonly Dictionary<string, double> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ms"] = 0.001, ["millisecond"] = 0.001, ["milliseconds"] = 0.001,
        ["s"] = 1, ["sec"] = 1, ["secs"] = 1, ["second"] = 1, ["seconds"] = 1,
        ["min"] = 60, ["mins"] = 60, ["minute"] = 60, ["minutes"] = 60,
        ["h"] = 3600, ["hr"] = 3600, ["hrs"] = 3600, ["hour"] = 3600, ["hours"] = 3600,
        ["day"] = 86_400, ["days"] = 86_400, ["week"] = 604_800, ["weeks"] = 604_800,
        ["month"] = 2_629_800, ["months"] = 2_629_800, ["quarter"] = 7_889_400, ["quarters"] = 7_889_400,
        ["year"] = 31_557_600, ["years"] = 31_557_600, ["yr"] = 31_557_600, ["yrs"] = 31_557_600,
    };

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "engineers", "engineer", "members", "developers", "scientists", "reports", "staff",
        "employees", "hires", "analysts", "managers", "designers", "nurses", "teachers", "headcount", "ics", "ftes", "folks",
    };

    private static readonly Dictionary<string, double> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["hundred"] = 100, ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Multipliers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["k"] = 1e3, ["thousand"] = 1e3, ["m"] = 1e6, ["mm"] = 1e6, ["million"] = 1e6, ["millions"] = 1e6,
        ["b"] = 1e9, ["bn"] = 1e9, ["billion"] = 1e9, ["billions"] = 1e9,
    };

    private static readonly string[] Qualifiers =
    [
        "more than ", "less than ", "fewer than ", "up to ", "over ", "about ", "around ", "nearly ", "almost ", "approximately ",
        "roughly ", "under ", "above ", "below ", "just ", "only ", "~",
    ];

    /// <summary>Words that make a people count a story of growth ("the team grew to 50").</summary>
    private static readonly HashSet<string> GrowthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "grew", "grow", "grown", "growing", "scaled", "expanded", "hired", "hiring", "doubled", "tripled", "built",
    };

    public static List<StoryFigure> Read(string sentence)
    {
        var figures = new List<StoryFigure>();
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

            var figure = ReadNumberAt(sentence, i, out var end);
            if (figure is not null)
            {
                figures.Add(figure);
            }

            i = Math.Max(end, i + 1);
        }

        ReadNumberWords(sentence, figures);
        return figures;
    }

    /// <summary>True when the sentence tells of a team growing, so a people figure in it is a hiring story.</summary>
    public static bool TellsGrowth(string sentence) => WordTokenizer.Words(sentence).Any(GrowthWords.Contains);

    private static StoryFigure? ReadNumberAt(string s, int start, out int end)
    {
        var low = ParseNumber(s, start, out end);
        var high = low;
        var currency = start > 0 && s[start - 1] is '$' or '€' or '£' ? s[start - 1].ToString() : null;
        var textStart = currency is null ? start : start - 1;

        // A range: "2-3", "2- 3", "10–20".
        var k = SkipSpaces(s, end);
        if (k < s.Length && s[k] is '-' or '–' && SkipSpaces(s, k + 1) is var next && next < s.Length && char.IsAsciiDigit(s[next]))
        {
            high = ParseNumber(s, next, out end);
        }

        string? family = null;
        var unitEnd = end;
        if (end < s.Length && s[end] == '%')
        {
            family = "%";
            unitEnd = end + 1;
        }
        else
        {
            var words = WordsAfter(s, end, 3);
            var w = 0;
            if (words.Count > 0 && Multipliers.TryGetValue(words[0].Text, out var multiplier)
                && (words[0].Start == end || words[0].Text.Length > 2) && (currency is not null || words[0].Text.Length > 2 || words[0].Text is "k" or "K"))
            {
                low *= multiplier;
                high *= multiplier;
                unitEnd = words[0].End;
                w = 1;
            }

            if (currency is not null)
            {
                family = currency;
            }
            else if (w < words.Count && words[w].Start == end && words[w].Text is "x" or "X")
            {
                family = "x";
                unitEnd = words[w].End;
            }
            else if (w < words.Count)
            {
                (family, unitEnd) = UnitOf(words, w, ref low, ref high) is { } unit ? unit : (null, unitEnd);
            }
        }

        if (family is null || (family.StartsWith("n:", StringComparison.Ordinal) && IsYear(low, high, end - start)))
        {
            return null;
        }

        var qualified = QualifierStart(s, textStart);
        end = Math.Max(end, unitEnd);
        return new StoryFigure(low, high, family, s[qualified..unitEnd], s[qualified..NumberEnd(s, start)], qualified);
    }

    private static (string Family, int End)? UnitOf(List<(string Text, int Start, int End)> words, int w, ref double low, ref double high)
    {
        var first = words[w];
        if (first.Text.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return ("%", first.End);
        }

        if (TimeUnits.TryGetValue(first.Text, out var seconds))
        {
            low *= seconds;
            high *= seconds;
            return ("time", first.End);
        }

        if (PeopleNouns.Contains(first.Text))
        {
            return ("people", first.End);
        }

        // "50 team members", "12 direct reports"
        if (w + 1 < words.Count && PeopleNouns.Contains(words[w + 1].Text) && !TextTerms.IsStopWord(first.Text.ToLowerInvariant()))
        {
            return ("people", words[w + 1].End);
        }

        var lower = first.Text.ToLowerInvariant();
        if (lower.Length < 3 || TextTerms.IsStopWord(lower) || !first.Text.All(char.IsLetter) || lower is "most" or "more" or "less" or "times" or "top" or "key")
        {
            return null;
        }

        return ("n:" + PorterStemmer.Stem(lower), first.End);
    }

    private static void ReadNumberWords(string s, List<StoryFigure> figures)
    {
        var words = WordsAfter(s, 0, int.MaxValue);
        for (var w = 0; w + 1 < words.Count; w++)
        {
            if (!NumberWords.TryGetValue(words[w].Text, out var value))
            {
                continue;
            }

            var low = value;
            var high = value;
            if (UnitOf(words, w + 1, ref low, ref high) is { } unit && (unit.Family is "time" or "people"))
            {
                var start = QualifierStart(s, words[w].Start);
                figures.Add(new StoryFigure(low, high, unit.Family, s[start..unit.End], s[start..words[w].End], start));
            }
        }
    }

    private static double ParseNumber(string s, int start, out int end)
    {
        var digits = new System.Text.StringBuilder();
        var i = start;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits.Append(s[i]);
                i++;
            }
            else if (s[i] == ',' && CountDigits(s, i + 1) == 3)
            {
                i++;
            }
            else if (s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && !digits.ToString().Contains('.', StringComparison.Ordinal))
            {
                digits.Append('.');
                i++;
            }
            else
            {
                break;
            }
        }

        end = i;
        return double.Parse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static int NumberEnd(string s, int start)
    {
        ParseNumber(s, start, out var end);
        var k = SkipSpaces(s, end);
        if (k < s.Length && s[k] is '-' or '–' && SkipSpaces(s, k + 1) is var next && next < s.Length && char.IsAsciiDigit(s[next]))
        {
            ParseNumber(s, next, out end);
        }

        return end;
    }

    private static int CountDigits(string s, int start)
    {
        var n = 0;
        while (start + n < s.Length && char.IsAsciiDigit(s[start + n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsYear(double low, double high, int length) => length == 4 && low == high && low is >= 1900 and <= 2099;

    private static int QualifierStart(string s, int start)
    {
        foreach (var qualifier in Qualifiers)
        {
            var at = start - qualifier.Length;
            if (at >= 0 && string.Compare(s, at, qualifier, 0, qualifier.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (at == 0 || !char.IsLetter(s[at - 1])))
            {
                return at;
            }
        }

        return start;
    }

    private static List<(string Text, int Start, int End)> WordsAfter(string s, int from, int max)
    {
        var words = new List<(string Text, int Start, int End)>();
        var previousEnd = from;
        foreach (var span in WordTokenizer.Spans(s))
        {
            var start = span.Start;
            var end = span.Start + span.Length;
            if (end <= from)
            {
                continue;
            }

            if (start < from)
            {
                // The unit is glued to the number ("10K", "3x", "3-week"): take the letters after it.
                start = from;
                while (start < end && s[start] is '-' or '‐' or '‑')
                {
                    start++;
                }

                if (start == end || !char.IsLetter(s[start]))
                {
                    return words;
                }
            }

            // A unit follows its number directly: punctuation ends the phrase.
            if (max != int.MaxValue && s.AsSpan(previousEnd, start - previousEnd).IndexOfAny(PhraseEnd) >= 0)
            {
                break;
            }

            words.Add((s[start..end], start, end));
            previousEnd = end;
            if (words.Count >= max)
            {
                break;
            }
        }

        return words;
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
