using System.Globalization;

namespace StarCoach.Core.Text.Figures;

/// <summary>
/// The words figures are read by — number words, scales, units of time, people and currencies, and the qualifiers that
/// hedge a number — and how digits are parsed. One list for every feature that reads figures, so "forty teachers" or
/// "USD 8000" means the same to the consistency checker as to recall.
/// </summary>
internal static class FigureWords
{
    /// <summary>Number words read as figures before a unit ("three weeks", "forty teachers").</summary>
    public static readonly IReadOnlyDictionary<string, double> Numbers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["dozen"] = 12,
    };

    /// <summary>Scales after a number: glued ("8k", "$1.2M") or as a word ("1.2 million").</summary>
    public static readonly IReadOnlyDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100, ["k"] = 1e3, ["thousand"] = 1e3, ["m"] = 1e6, ["mm"] = 1e6, ["million"] = 1e6, ["millions"] = 1e6,
        ["b"] = 1e9, ["bn"] = 1e9, ["billion"] = 1e9, ["billions"] = 1e9,
    };

    /// <summary>Units of time: the name the consistency report shows, and the length in seconds recall compares.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, double Seconds)> TimeUnits = new Dictionary<string, (string, double)>(StringComparer.OrdinalIgnoreCase)
    {
        ["ms"] = ("ms", 0.001), ["millisecond"] = ("ms", 0.001), ["milliseconds"] = ("ms", 0.001),
        ["s"] = ("seconds", 1), ["sec"] = ("seconds", 1), ["secs"] = ("seconds", 1), ["second"] = ("seconds", 1), ["seconds"] = ("seconds", 1),
        ["min"] = ("minutes", 60), ["mins"] = ("minutes", 60), ["minute"] = ("minutes", 60), ["minutes"] = ("minutes", 60),
        ["h"] = ("hours", 3600), ["hr"] = ("hours", 3600), ["hrs"] = ("hours", 3600), ["hour"] = ("hours", 3600), ["hours"] = ("hours", 3600),
        ["day"] = ("days", 86_400), ["days"] = ("days", 86_400), ["week"] = ("weeks", 604_800), ["weeks"] = ("weeks", 604_800),
        ["month"] = ("months", 2_629_800), ["months"] = ("months", 2_629_800),
        ["quarter"] = ("quarters", 7_889_400), ["quarters"] = ("quarters", 7_889_400),
        ["year"] = ("years", 31_557_600), ["years"] = ("years", 31_557_600), ["yr"] = ("years", 31_557_600), ["yrs"] = ("years", 31_557_600),
    };

    /// <summary>Nouns that count people ("8 engineers", "forty teachers", "50 team members").</summary>
    public static readonly IReadOnlySet<string> PeopleNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "people", "person", "persons", "engineers", "engineer", "members", "member", "developers", "developer", "scientists", "reports",
        "staff", "employees", "hires", "analysts", "managers", "designers", "nurses", "teachers", "headcount", "ics", "ftes", "folks",
        "contractors", "interns", "testers", "volunteers", "researchers", "colleagues", "coworkers", "teammates",
    };

    /// <summary>Currency symbols before a number.</summary>
    public static readonly IReadOnlyDictionary<char, string> CurrencySymbols = new Dictionary<char, string> { ['$'] = "USD", ['€'] = "EUR", ['£'] = "GBP" };

    /// <summary>Currency codes and names, before ("USD 8000") or after ("8,000 dollars") a number.</summary>
    public static readonly IReadOnlyDictionary<string, string> CurrencyWords = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["bucks"] = "USD",
        ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["gbp"] = "GBP", ["pounds"] = "GBP",
    };

    /// <summary>
    /// The currency written just before the digits at <paramref name="start"/>: a symbol ("$8,000", "$ 8,000") or a
    /// code ("USD 8000"), as its code, and where it begins; null when there is none.
    /// </summary>
    public static (string Code, int Start)? CurrencyBefore(string s, int start)
    {
        if (start > 0 && CurrencySymbols.TryGetValue(s[start - 1], out var code))
        {
            return (code, start - 1);
        }

        if (start > 1 && s[start - 1] == ' ' && CurrencySymbols.TryGetValue(s[start - 2], out code))
        {
            return (code, start - 2);
        }

        var word = start - 4;
        if (word >= 0 && s[start - 1] == ' ' && (word == 0 || !char.IsLetter(s[word - 1])) && CurrencyWords.TryGetValue(s.Substring(word, 3), out code))
        {
            return (code, word);
        }

        return null;
    }

    /// <summary>The symbol of a currency code: <c>$</c>, <c>€</c>, <c>£</c>.</summary>
    public static char SymbolOf(string code) => CurrencySymbols.First(c => c.Value == code).Key;

    /// <summary>Qualifiers before a number, longest first so "more than" wins over "more".</summary>
    private static readonly (string Words, Approximation Approximation)[] Qualifiers =
    [
        ("just under ", Approximation.Under), ("just over ", Approximation.Over), ("more than ", Approximation.Over),
        ("less than ", Approximation.Under), ("fewer than ", Approximation.Under), ("at least ", Approximation.Over),
        ("north of ", Approximation.Over), ("close to ", Approximation.Nearly), ("approximately ", Approximation.About),
        ("roughly ", Approximation.About), ("around ", Approximation.About), ("nearly ", Approximation.Nearly),
        ("almost ", Approximation.Nearly), ("about ", Approximation.About), ("up to ", Approximation.Under),
        ("above ", Approximation.Over), ("below ", Approximation.Under), ("under ", Approximation.Under),
        ("over ", Approximation.Over), ("some ", Approximation.About), ("just ", Approximation.Exact), ("only ", Approximation.Exact),
        ("~", Approximation.About),
    ];

    /// <summary>The qualifier that ends at <paramref name="start"/> ("about " before "8,000"), and where it begins.</summary>
    public static (Approximation Approximation, int Start) QualifierBefore(string s, int start)
    {
        foreach (var (words, approximation) in Qualifiers)
        {
            var at = start - words.Length;
            if (at >= 0 && string.Compare(s, at, words, 0, words.Length, StringComparison.OrdinalIgnoreCase) == 0 && (at == 0 || !char.IsLetter(s[at - 1])))
            {
                return (approximation, at);
            }
        }

        return (Approximation.Exact, start);
    }

    /// <summary>
    /// The values a figure allows: "about" ten percent either way, "nearly" up to ten percent below, "over" any more,
    /// "under" or "up to" any less.
    /// </summary>
    public static (double Least, double Most) Bounds(Approximation approximation, double low, double high) => approximation switch
    {
        Approximation.About => (low * 0.9, high * 1.1),
        Approximation.Nearly => (low * 0.9, high),
        Approximation.Over => (low, double.PositiveInfinity),
        Approximation.Under => (0, high),
        _ => (low, high),
    };

    /// <summary>
    /// Parses digits at <paramref name="start"/>: thousands separators ("8,000"), one decimal point ("1.2"); "3.6.0" is
    /// a version, read only up to its first dot.
    /// </summary>
    public static double ParseNumber(string s, int start, out int end)
    {
        Span<char> digits = stackalloc char[32];
        var length = 0;
        var dot = false;
        var i = start;
        while (i < s.Length && length < digits.Length)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits[length++] = s[i];
                i++;
            }
            else if (s[i] == ',' && CountDigits(s, i + 1) == 3 && !dot)
            {
                i++;
            }
            else if (s[i] == '.' && !dot && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && !IsVersion(s, i))
            {
                dot = true;
                digits[length++] = '.';
                i++;
            }
            else
            {
                break;
            }
        }

        end = i;
        return double.Parse(digits[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>True at the dot of "3.6.0": a second dot follows the digits after it.</summary>
    private static bool IsVersion(string s, int dot)
    {
        var i = dot + 1;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        return i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]);
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
}
