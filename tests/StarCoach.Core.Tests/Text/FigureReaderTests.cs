using System.Globalization;
using StarCoach.Core.Consistency;
using StarCoach.Core.Import;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Tests.Text;

/// <summary>
/// The golden table of figures: what the one figure reader reads from a phrase. Consistency and recall both read
/// figures through it, so a row here is what every feature sees.
/// </summary>
public sealed class FigureReaderTests
{
    /// <summary>Phrase → the figures read, each as "kind unit low[-high] approximation: text".</summary>
    public static TheoryData<string, string> Golden() => new()
    {
        // Digits, scales and number words.
        { "we hired two engineers", "People people 2 Exact: two engineers" },
        { "a dozen engineers joined", "People people 12 Exact: a dozen engineers" },
        { "twenty-five people came", "People people 25 Exact: twenty-five people" },
        { "forty teachers signed up", "People people 40 Exact: forty teachers" },
        { "two colleagues from finance", "People people 2 Exact: two colleagues" },
        { "we processed 8k records", "Count record 8000 Exact: 8k records" },
        { "1.2 million users", "Count user 1200000 Exact: 1.2 million users" },
        { "revenue of $1.2M", "Money USD 1200000 Exact: $1.2M" },

        // Ranges.
        { "a 30–40% reduction", "Percent % 30-40 Exact: 30–40%" },
        { "from 2-3 people", "People people 2-3 Exact: 2-3 people" },
        { "between 3 and 5 engineers", "People people 3-5 Exact: between 3 and 5 engineers" },

        // Currencies: one amount however it is written; euros are not dollars.
        { "saved $8,000", "Money USD 8000 Exact: $8,000" },
        { "saved 8,000 dollars", "Money USD 8000 Exact: 8,000 dollars" },
        { "saved USD 8000", "Money USD 8000 Exact: USD 8000" },
        { "saved €8k", "Money EUR 8000 Exact: €8k" },
        { "saved five thousand dollars", "Money USD 5000 Exact: five thousand dollars" },

        // Percentages and multiples.
        { "cut latency by 30 percent", "Percent % 30 Exact: 30 percent" },
        { "increased throughput by 2.5x", "Multiple x 2.5 Exact: 2.5x" },
        { "three times faster", "Multiple x 3 Exact: three times" },

        // Approximations.
        { "about 8,000 dollars", "Money USD 8000 About: about 8,000 dollars" },
        { "roughly 30%", "Percent % 30 About: roughly 30%" },
        { "by over 70%", "Percent % 70 Over: over 70%" },
        { "nearly 50 people", "People people 50 Nearly: nearly 50 people" },
        { "~200ms faster", "Duration s 0.2 About: ~200ms" },
        { "up to 10 days", "Duration s 864000 Under: up to 10 days" },

        // Durations versus counts.
        { "in three weeks", "Duration s 1814400 Exact: three weeks" },
        { "three times in a single month", "Duration s 2629800 Exact: a single month" },
        { "a 3-week migration", "Duration s 1814400 Exact: 3-week" },
        { "within 2-3 months", "Duration s 5259600-7889400 Exact: 2-3 months" },
        { "trained 3 models", "Count model 3 Exact: 3 models" },
        { "a team of 8", "People people 8 Exact: 8" },

        // Not figures: bare numbers, years, codes, versions, ordinals.
        { "in 2019 we moved", "" },
        { "back in the 1990s", "" },
        { "an IC6 on the L4 team", "" },
        { "the 90th percentile", "" },
        { "upgraded to 3.6.0 then", "" },
        { "step 2 of the plan", "" },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void Read_Phrase_ReadsTheGoldenFigures(string phrase, string expected)
    {
        var figures = FigureReader.Read(phrase);

        Assert.Equal(expected, string.Join(" | ", figures.Select(Describe)));
    }

    [Theory]
    [InlineData("$8,000", "about 8,000 dollars", true)]
    [InlineData("$8,000", "USD 8000", true)]
    [InlineData("$8,000", "€8,000", false)]
    [InlineData("2-3 people", "two engineers", true)]
    [InlineData("2-3 people", "five engineers", false)]
    [InlineData("over 70%", "75%", true)]
    [InlineData("over 70%", "40%", false)]
    [InlineData("30%", "40%", false)]
    [InlineData("three weeks", "21 days", true)]
    [InlineData("$1.2M", "$1,200,000", true)]
    [InlineData("99.4%", "99.5%", false)]
    [InlineData("33%", "33.3%", true)]
    [InlineData("21 days", "three weeks", true)]
    public void Agrees_TwoWaysOfTelling_AgreeWhenOneQuantity(string prepared, string told, bool agrees)
    {
        var a = Assert.Single(FigureReader.Read(prepared));
        var b = Assert.Single(FigureReader.Read(told));

        Assert.Equal(agrees, a.Agrees(b));
        Assert.Equal(agrees, b.Agrees(a));
    }

    /// <summary>The consistency checker reads the golden money, percentages, multiples and team sizes as recall does.</summary>
    [Theory]
    [MemberData(nameof(Golden))]
    public void ClaimExtractor_GoldenFigure_ReadsTheSameValue(string phrase, string expected)
    {
        var figure = FigureReader.Read(phrase).FirstOrDefault();
        if (figure is not { Kind: FigureKind.Money or FigureKind.Percent or FigureKind.Multiple or FigureKind.People })
        {
            Assert.True(figure is not null || expected.Length == 0);
            return;
        }

        var bank = new BankImporter().Import("prep.txt", System.Text.Encoding.UTF8.GetBytes($"Tell me about a time you improved something.\n\nIn the end {phrase}.\n")).Bank!;
        var claims = ClaimExtractor.Extract(bank).Where(c => c.Value is not null).ToList();

        Assert.Contains(claims, c => Math.Abs(c.Value!.Low - figure.Least) < 1e-6 && (c.Value.High == figure.Most || Math.Abs(c.Value.High - figure.Most) < 1e-6));
    }

    private static string Describe(Figure f)
    {
        var low = f.Low.ToString(CultureInfo.InvariantCulture);
        var range = f.High == f.Low ? low : low + "-" + f.High.ToString(CultureInfo.InvariantCulture);
        return $"{f.Kind} {f.Unit} {range} {f.Approximation}: {f.Text}";
    }
}
