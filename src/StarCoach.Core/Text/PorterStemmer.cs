namespace StarCoach.Core.Text;

/// <summary>
/// Porter's (1980) suffix-stripping stemmer for English, so "simplified", "simplifies" and "simplify" share the
/// stem "simplifi". Deterministic and allocation-light; input is expected in lower case.
/// </summary>
internal static class PorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsAsciiLower(word))
        {
            return word;
        }

        var b = word.ToCharArray();
        var k = b.Length - 1;
        k = Step1ab(b, k);
        if (k > 0)
        {
            k = Step1c(b, k);
            k = Step2(b, k);
            k = Step3(b, k);
            k = Step4(b, k);
            k = Step5(b, k);
        }

        return new string(b, 0, k + 1);
    }

    private static bool IsAsciiLower(string word)
    {
        foreach (var c in word)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsConsonant(char[] b, int i) => b[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(b, i - 1),
        _ => true,
    };

    /// <summary>The number of vowel-consonant sequences in b[0..j].</summary>
    private static int Measure(char[] b, int j)
    {
        var n = 0;
        var i = 0;
        while (true)
        {
            if (i > j)
            {
                return n;
            }

            if (!IsConsonant(b, i))
            {
                break;
            }

            i++;
        }

        i++;
        while (true)
        {
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (IsConsonant(b, i))
                {
                    break;
                }

                i++;
            }

            i++;
            n++;
            while (true)
            {
                if (i > j)
                {
                    return n;
                }

                if (!IsConsonant(b, i))
                {
                    break;
                }

                i++;
            }

            i++;
        }
    }

    private static bool HasVowel(char[] b, int j)
    {
        for (var i = 0; i <= j; i++)
        {
            if (!IsConsonant(b, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DoubleConsonant(char[] b, int j) => j >= 1 && b[j] == b[j - 1] && IsConsonant(b, j);

    /// <summary>consonant-vowel-consonant ending at i, where the last consonant is not w, x or y.</summary>
    private static bool Cvc(char[] b, int i) =>
        i >= 2 && IsConsonant(b, i) && !IsConsonant(b, i - 1) && IsConsonant(b, i - 2) && b[i] is not ('w' or 'x' or 'y');

    private static bool EndsWith(char[] b, int k, string suffix, out int j)
    {
        j = k - suffix.Length;
        if (suffix.Length > k + 1)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[j + 1 + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Replaces b[j+1..k] with <paramref name="replacement"/> and returns the new end.</summary>
    private static int SetTo(char[] b, int j, string replacement)
    {
        for (var i = 0; i < replacement.Length; i++)
        {
            b[j + 1 + i] = replacement[i];
        }

        return j + replacement.Length;
    }

    private static int ReplaceIfMeasured(char[] b, int k, string suffix, string replacement, int minMeasure)
    {
        if (EndsWith(b, k, suffix, out var j) && Measure(b, j) >= minMeasure)
        {
            return SetTo(b, j, replacement);
        }

        return -1;
    }

    private static int Step1ab(char[] b, int k)
    {
        int j;
        if (b[k] == 's')
        {
            if (EndsWith(b, k, "sses", out j))
            {
                k -= 2;
            }
            else if (EndsWith(b, k, "ies", out j))
            {
                k = SetTo(b, j, "i");
            }
            else if (k >= 1 && b[k - 1] != 's')
            {
                k--;
            }
        }

        if (EndsWith(b, k, "eed", out j))
        {
            if (Measure(b, j) > 0)
            {
                k--;
            }

            return k;
        }

        var stripped = false;
        if (EndsWith(b, k, "ed", out j) && HasVowel(b, j))
        {
            k = j;
            stripped = true;
        }
        else if (EndsWith(b, k, "ing", out j) && HasVowel(b, j))
        {
            k = j;
            stripped = true;
        }

        if (!stripped)
        {
            return k;
        }

        if (EndsWith(b, k, "at", out j) || EndsWith(b, k, "bl", out j) || EndsWith(b, k, "iz", out j))
        {
            return SetTo(b, k, "e");
        }

        if (DoubleConsonant(b, k))
        {
            return b[k] is 'l' or 's' or 'z' ? k : k - 1;
        }

        if (Measure(b, k) == 1 && Cvc(b, k))
        {
            return SetTo(b, k, "e");
        }

        return k;
    }

    private static int Step1c(char[] b, int k)
    {
        if (b[k] == 'y' && HasVowel(b, k - 1))
        {
            b[k] = 'i';
        }

        return k;
    }

    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"), ("bli", "ble"),
        ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"), ("ization", "ize"), ("ation", "ate"),
        ("ator", "ate"), ("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"),
        ("iviti", "ive"), ("biliti", "ble"), ("logi", "log"),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"), ("ative", string.Empty), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", string.Empty),
        ("ness", string.Empty),
    ];

    // Longest first, so "ement" is tried before "ment" and "ent".
    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ion", "ism", "ate", "iti", "ous", "ive", "ize",
        "al", "er", "ic", "ou",
    ];

    private static int Step2(char[] b, int k) => ApplyFirst(b, k, Step2Rules);

    private static int Step3(char[] b, int k) => ApplyFirst(b, k, Step3Rules);

    private static int ApplyFirst(char[] b, int k, (string Suffix, string Replacement)[] rules)
    {
        foreach (var (suffix, replacement) in rules)
        {
            if (EndsWith(b, k, suffix, out _))
            {
                var result = ReplaceIfMeasured(b, k, suffix, replacement, 1);
                return result >= 0 ? result : k;
            }
        }

        return k;
    }

    private static int Step4(char[] b, int k)
    {
        foreach (var suffix in Step4Suffixes)
        {
            if (!EndsWith(b, k, suffix, out var j))
            {
                continue;
            }

            if (suffix == "ion" && (j < 0 || b[j] is not ('s' or 't')))
            {
                return k;
            }

            return Measure(b, j) > 1 ? j : k;
        }

        return k;
    }

    private static int Step5(char[] b, int k)
    {
        if (b[k] == 'e')
        {
            var m = Measure(b, k - 1);
            if (m > 1 || (m == 1 && !Cvc(b, k - 1)))
            {
                k--;
            }
        }

        if (b[k] == 'l' && DoubleConsonant(b, k) && Measure(b, k - 1) > 1)
        {
            k--;
        }

        return k;
    }
}
