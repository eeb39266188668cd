namespace StarCoach.Core.Text.Figures;

/// <summary>What sort of quantity a figure is; only figures of one kind and unit are compared.</summary>
internal enum FigureKind
{
    /// <summary>A percentage: "30%", "30 percent", "30–40%".</summary>
    Percent,

    /// <summary>A multiple: "2.5x", "three times faster".</summary>
    Multiple,

    /// <summary>An amount of money, its unit the currency code: "$8,000", "8,000 dollars", "USD 8000", "€8k".</summary>
    Money,

    /// <summary>A span of time, its value in seconds: "three weeks", "500ms", "2-3 months".</summary>
    Duration,

    /// <summary>A number of people: "2-3 people", "a team of 8", "five engineers".</summary>
    People,

    /// <summary>A number of things, its unit the stem of the counted noun: "12 models", "40 dashboards".</summary>
    Count,
}

/// <summary>How a figure was hedged or bounded by the words before it.</summary>
internal enum Approximation
{
    /// <summary>As written: "30%", "2-3 people".</summary>
    Exact,

    /// <summary>"about", "around", "roughly", "approximately", "~": within ten percent either way.</summary>
    About,

    /// <summary>"nearly", "almost", "close to": up to ten percent below.</summary>
    Nearly,

    /// <summary>"over", "more than", "above", "at least": the number or more.</summary>
    Over,

    /// <summary>"under", "less than", "fewer than", "up to", "below": the number or less.</summary>
    Under,
}

/// <summary>A figure read from a sentence.</summary>
/// <param name="Kind">What sort of quantity it is.</param>
/// <param name="Unit"><c>%</c>, <c>x</c>, a currency code (<c>USD</c>, <c>EUR</c>, <c>GBP</c>), <c>s</c> for durations,
/// <c>people</c>, or the stem of the counted noun.</param>
/// <param name="Low">The value as written (in seconds for durations, scaled by k/M/million); the lower end of a range.</param>
/// <param name="High">The upper end of a range; <paramref name="Low"/> when not a range.</param>
/// <param name="Text">The figure as written, with its qualifier and unit ("over 70%", "about 8,000 dollars").</param>
/// <param name="Number">The number as written, with its qualifier ("over 50"), for questions about it.</param>
/// <param name="Start">Index of <paramref name="Text"/> in the sentence.</param>
internal sealed record Figure(FigureKind Kind, string Unit, double Low, double High, Approximation Approximation, string Text, string Number, int Start)
{
    // Half a percent of slack for rounding a figure written in words: "a third" told as "33.3%".
    private const double RoundingSlack = 0.005;

    /// <summary>The lowest value the figure allows: "about 8,000" allows 7,200.</summary>
    public double Least => FigureWords.Bounds(Approximation, Low, High).Least;

    /// <summary>The highest value the figure allows: "over 50" allows any more.</summary>
    public double Most => FigureWords.Bounds(Approximation, Low, High).Most;

    /// <summary>True when both figures measure in one unit.</summary>
    public bool SameUnit(Figure other) => Kind == other.Kind && Unit == other.Unit;

    /// <summary>
    /// True when both figures can be told of one quantity: the same unit and a value both allow ("two engineers" and
    /// "2–3 people", "about 8,000 dollars" and "$8,000"), not "five engineers" and "2–3 people".
    /// </summary>
    public bool Agrees(Figure other)
    {
        if (!SameUnit(other))
        {
            return false;
        }

        // Rounding is forgiven to the coarser of the two as written: "33%" is "33.3%", "$1.2M" is "$1,200,000", but
        // "99.5%" is not "99.4%". A figure written in words ("three weeks") forgives half a percent.
        var step = Math.Max(Step ?? 0, other.Step ?? 0);
        var slack = step > 0 ? step / 2 : RoundingSlack * Math.Max(Math.Abs(High), Math.Abs(other.High));
        return Least <= other.Most + slack && other.Least <= Most + slack;
    }

    /// <summary>
    /// How finely the figure was written, in its unit: "99.4%" to 0.1, "$1.2M" to 100,000, "21 days" to a day (in
    /// seconds); null when its number is written in words.
    /// </summary>
    private double? Step
    {
        get
        {
            var end = Number.Length;
            while (end > 0 && !char.IsDigit(Number[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsDigit(Number[start - 1]) || Number[start - 1] is '.' or ','))
            {
                start--;
            }

            var digits = Number[start..end].Replace(",", string.Empty, StringComparison.Ordinal).TrimStart('.');
            if (digits.Length == 0 || !double.TryParse(digits, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var written) || written == 0)
            {
                return null;
            }

            var point = digits.IndexOf('.', StringComparison.Ordinal);
            var decimals = point < 0 ? 0 : digits.Length - point - 1;
            return Math.Pow(10, -decimals) * Math.Abs(High / written);
        }
    }
}
