namespace StarCoach.Core.Review.Analysis;

/// <summary>Reads a word's <see cref="TokenShape"/> from its characters.</summary>
internal static class TokenShapes
{
    // Words ending in "-ed" that are not past forms.
    private static readonly HashSet<string> NotPastEd = new(StringComparer.OrdinalIgnoreCase)
    {
        "hundred", "sacred", "naked", "wicked", "rugged", "embed", "shred", "speed", "need", "feed", "seed", "heed", "bleed", "breed",
        "proceed", "succeed", "exceed", "red", "bed", "shed", "wed", "infrared", "kindred", "indeed", "greed", "tweed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPastEdLookup = NotPastEd.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TokenShape Of(ReadOnlySpan<char> word)
    {
        var shape = TokenShape.None;
        if (word.Length == 0)
        {
            return shape;
        }

        if (char.IsDigit(word[0]))
        {
            return TokenShape.Numeric;
        }

        var letters = 0;
        var uppers = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    uppers++;
                }
            }
        }

        if (char.IsUpper(word[0]) && uppers < letters)
        {
            shape |= TokenShape.Capitalized;
        }
        else if (letters >= 2 && uppers == letters)
        {
            shape |= TokenShape.AllCaps;
        }

        if (word.Length >= 4)
        {
            var last = (char)(word[^1] | 0x20);
            var before = (char)(word[^2] | 0x20);
            if (before == 'e' && last == 'd' && IsPastEd(word))
            {
                shape |= TokenShape.EndsInEd;
            }
            else if (before == 'l' && last == 'y')
            {
                shape |= TokenShape.EndsInLy;
            }
        }

        return shape | Pronoun(word);
    }

    // "-eed" words are base forms ("need", "proceed") except "agreed", "freed", "guaranteed".
    private static bool IsPastEd(ReadOnlySpan<char> word)
    {
        if ((word[^3] | 0x20) == 'e')
        {
            return (word[^4] | 0x20) is 'r' or 't';
        }

        return !NotPastEdLookup.Contains(word);
    }

    private static TokenShape Pronoun(ReadOnlySpan<char> word)
    {
        // Typed in lower case too ("the pilot i led in 2022", "i'd"): on its own, "i" is the pronoun.
        if (word.Length == 1)
        {
            return word[0] is 'I' or 'i' ? TokenShape.PronounI : TokenShape.None;
        }

        if (word[0] is 'I' or 'i' && word[1] is '\'' or '’')
        {
            return TokenShape.PronounI | Contraction(word[2..]);
        }

        // "im", "ive": typed without the apostrophe (BareContractions).
        if (word.Length is 2 or 3 && word[0] is 'i' or 'I' && BareContractions.TryRestore(word, out var restored))
        {
            return TokenShape.PronounI | Contraction(restored.AsSpan(2));
        }

        if (word.Length >= 2 && (word[0] is 'w' or 'W') && (word[1] is 'e' or 'E'))
        {
            if (word.Length == 2)
            {
                return TokenShape.PronounWe;
            }

            if (word[2] is '\'' or '’')
            {
                return TokenShape.PronounWe | Contraction(word[3..]);
            }
        }

        return TokenShape.None;
    }

    private static TokenShape Contraction(ReadOnlySpan<char> rest) => rest switch
    {
        "d" or "D" => TokenShape.ContractedWould,
        "ll" or "LL" => TokenShape.ContractedWill,
        "m" or "M" or "re" or "RE" => TokenShape.ContractedBe,
        "ve" or "VE" => TokenShape.ContractedHave,
        _ => TokenShape.None,
    };
}
