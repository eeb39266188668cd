using System.Globalization;
using System.Security;
using System.Text;

namespace StarCoach.Core.Practice.Progress;

/// <summary>
/// Progress charts as self-contained SVG text: readable without JavaScript (each point carries a tooltip in a
/// <c>&lt;title&gt;</c>, the chart a text summary), colour-blind-safe colours with dash patterns, DejaVu Sans, and every
/// piece of text escaped. Deterministic: the same report gives the same bytes. Drawn for the width they are shown at
/// (<see cref="DefaultWidth"/> on a laptop, <see cref="PhoneWidth"/> on a phone), so their text is never scaled below
/// 12 px: the left margin fits the longest axis label, counts have whole-number ticks, and series that meet on one
/// day are drawn side by side rather than on top of each other.
/// </summary>
public static class ProgressCharts
{
    /// <summary>Default chart width in pixels (the SVG scales with its container through its viewBox).</summary>
    public const int DefaultWidth = 640;

    /// <summary>Default chart height in pixels.</summary>
    public const int DefaultHeight = 260;

    /// <summary>Chart width for a phone screen: a 390 px screen leaves about 308 px inside a card.</summary>
    public const int PhoneWidth = 320;

    /// <summary>Chart height for a phone screen.</summary>
    public const int PhoneHeight = 240;

    /// <summary>Text size at or above <see cref="DefaultWidth"/>; narrower charts, shown scaled down a little, get a point more.</summary>
    public const int FontSize = 12;

    private const int Right = 16;
    private const int Top = 16;
    private const int Bottom = 40;

    // DejaVu Sans averages about 0.62 em per character (digits 0.64): enough to reserve room for a label.
    private const double CharWidthEm = 0.64;

    // Series that share a day are spread this many pixels apart, so six dimensions at one level show as six dots.
    private const double Dodge = 7;

    // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];
    private static readonly string[] Dashes = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"];

    private static readonly (double Value, string Label)[] LevelTicks = [(1, "1 Poor"), (2, "2 Borderline"), (3, "3 Solid"), (4, "4 Outstanding")];
    private static readonly (double Value, string Label)[] PercentTicks = [(0, "0"), (25, "25"), (50, "50"), (75, "75"), (100, "100")];

    /// <summary>Average rubric level per day, one line per dimension (1 Poor … 4 Outstanding).</summary>
    public static string Dimensions(ProgressReport report, int width = DefaultWidth, int height = DefaultHeight) =>
        Lines("Rubric level per dimension", report.Dimensions, 1, 4, LevelTicks, width, height);

    /// <summary>Average overall score and recall per day (0–100).</summary>
    public static string Scores(ProgressReport report, int width = DefaultWidth, int height = DefaultHeight) =>
        Lines("Overall score and recall", [report.Overall, report.Recall], 0, 100, PercentTicks, width, height);

    /// <summary>Average overall score per day of the stories of each competency practised (at most <paramref name="maxSeries"/>, most practised first).</summary>
    public static string Competencies(ProgressReport report, int maxSeries = 6, int width = DefaultWidth, int height = DefaultHeight) =>
        Lines(
            "Overall score by competency",
            [.. report.Competencies.Where(c => c.Attempts > 0).OrderByDescending(c => c.Attempts).ThenBy(c => c.Name, StringComparer.Ordinal).Take(maxSeries).Select(c => c.Scores)],
            0,
            100,
            PercentTicks,
            width,
            height);

    /// <summary>Stories told per day (probe answers in the tooltip).</summary>
    public static string AttemptsPerDay(ProgressReport report, int width = DefaultWidth, int height = DefaultHeight) =>
        Bars(
            "Stories practised per day",
            [.. report.Days.Select(d => (d.Day, (double)d.Attempts, $"{d.Attempts} {Plural(d.Attempts, "story", "stories")}, {d.ProbeAnswers} {Plural(d.ProbeAnswers, "probe", "probes")} answered"))],
            width,
            height);

    /// <summary>Average seconds over the time budget per day.</summary>
    public static string TimeOverBudget(ProgressReport report, int width = DefaultWidth, int height = DefaultHeight) =>
        Bars(
            "Seconds over budget (average per day)",
            [.. report.TimeOverBudget.OverrunPerDay.Points.Select(p => (p.Day, p.Value, $"{Number(p.Value)} s over on average ({p.Attempts} {Plural(p.Attempts, "attempt", "attempts")})"))],
            width,
            height);

    /// <summary>A line chart of <paramref name="series"/> over days, the y axis from <paramref name="yMin"/> to <paramref name="yMax"/>.</summary>
    /// <param name="ticks">Y axis labels; five even steps when null.</param>
    public static string Lines(string title, IReadOnlyList<ProgressSeries> series, double yMin, double yMax, IReadOnlyList<(double Value, string Label)>? ticks = null, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(yMax, yMin);
        ticks ??= EvenTicks(yMin, yMax);
        var font = FontFor(width);
        var legendColumn = 28 + TextWidth(series.Count == 0 ? 0 : series.Max(s => s.Name.Length), font) + 16;
        var legendColumns = Math.Clamp((int)((width - 16) / legendColumn), 1, 3);
        var legendRow = font + 8;
        var legendRows = (series.Count + legendColumns - 1) / legendColumns;
        var svg = Open(title, Summary(title, series), width, height + (legendRows * legendRow), font);
        var plot = new Plot(width, height, LeftFor(ticks, font), yMin, yMax, series.SelectMany(s => s.Points).Select(p => p.Day).ToList());
        Axes(svg, plot, ticks, font);
        if (plot.IsEmpty)
        {
            NoData(svg, plot);
        }

        var spread = Math.Min(Dodge, plot.DayWidth / (series.Count + 1));
        for (var i = 0; i < series.Count; i++)
        {
            var colour = Colours[i % Colours.Length];
            var points = series[i].Points;
            var shift = (i - ((series.Count - 1) / 2.0)) * spread;
            svg.Append(CultureInfo.InvariantCulture, $"<g><title>{Escape(series[i].Name)}</title>");
            if (points.Length > 1)
            {
                svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\"");
                if (Dashes[i % Dashes.Length].Length > 0)
                {
                    svg.Append(" stroke-dasharray=\"").Append(Dashes[i % Dashes.Length]).Append('"');
                }

                svg.Append(" points=\"").AppendJoin(' ', points.Select(p => Number(plot.X(p.Day) + shift) + "," + Number(plot.Y(p.Value)))).Append("\"/>");
            }

            foreach (var point in points)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Number(plot.X(point.Day) + shift)}\" cy=\"{Number(plot.Y(point.Value))}\" r=\"3.5\" fill=\"{colour}\">")
                    .Append(CultureInfo.InvariantCulture, $"<title>{Escape(series[i].Name)}, {Day(point.Day)}: {Number(point.Value)} ({point.Attempts} {Plural(point.Attempts, "attempt", "attempts")})</title></circle>");
            }

            svg.Append("</g>");
            var x = 8 + (i % legendColumns * legendColumn);
            var y = height + (i / legendColumns * legendRow) + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x}\" y1=\"{y}\" x2=\"{x + 22}\" y2=\"{y}\" stroke=\"{colour}\" stroke-width=\"2\"");
            if (Dashes[i % Dashes.Length].Length > 0)
            {
                svg.Append(" stroke-dasharray=\"").Append(Dashes[i % Dashes.Length]).Append('"');
            }

            svg.Append(CultureInfo.InvariantCulture, $"/><text x=\"{x + 28}\" y=\"{y}\" dy=\"0.35em\">{Escape(series[i].Name)}</text>");
        }

        return Close(svg);
    }

    /// <summary>A bar chart with one bar per day; each bar's tooltip is its label.</summary>
    public static string Bars(string title, IReadOnlyList<(DateOnly Day, double Value, string Label)> bars, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = bars.Count == 0 ? 1 : Math.Max(1, bars.Max(b => b.Value));
        var ticks = WholeTicks(max);
        var summary = bars.Count == 0
            ? $"{title}: no practice yet."
            : $"{title}: {bars.Count} {Plural(bars.Count, "day", "days")} from {Day(bars[0].Day)} to {Day(bars[^1].Day)}, at most {Number(max)} on one day.";
        var font = FontFor(width);
        var svg = Open(title, summary, width, height, font);
        var plot = new Plot(width, height, LeftFor(ticks, font), 0, ticks[^1].Value, [.. bars.Select(b => b.Day)], bars: true);
        Axes(svg, plot, ticks, font);
        if (plot.IsEmpty)
        {
            NoData(svg, plot);
        }

        var barWidth = Math.Max(2, Math.Min(28, plot.DayWidth * 0.7));
        foreach (var (day, value, label) in bars)
        {
            var x = plot.X(day) - (barWidth / 2);
            var y = plot.Y(value);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(barWidth)}\" height=\"{Number(plot.Y(0) - y)}\" fill=\"{Colours[0]}\">")
                .Append(CultureInfo.InvariantCulture, $"<title>{Day(day)}: {Escape(label)}</title></rect>");
        }

        return Close(svg);
    }

    // The title is the chart's name for assistive technology and in a tooltip; the page shows it as a heading.
    private static StringBuilder Open(string title, string summary, int width, int height, int font)
    {
        var svg = new StringBuilder(4096);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(title)}\" font-family=\"DejaVu Sans, Verdana, sans-serif\" font-size=\"{font}\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Escape(title)}</title><desc>{Escape(summary)}</desc>")
            .Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>");
        return svg;
    }

    private static int FontFor(int width) => width >= DefaultWidth ? FontSize : FontSize + 1;

    private static double TextWidth(int characters, int font) => characters * CharWidthEm * font;

    // Room for the longest tick label to the left of the axis, so "4 Outstanding" is not cut off.
    private static int LeftFor(IReadOnlyList<(double Value, string Label)> ticks, int font) =>
        (int)Math.Ceiling(Math.Max(28, TextWidth(ticks.Max(t => t.Label.Length), font) + 12));

    private static string Close(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axes(StringBuilder svg, Plot plot, IReadOnlyList<(double Value, string Label)> ticks, int font)
    {
        foreach (var (value, label) in ticks)
        {
            var y = Number(plot.Y(value));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{plot.Left}\" y1=\"{y}\" x2=\"{plot.Width - Right}\" y2=\"{y}\" stroke=\"#dddddd\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{plot.Left - 6}\" y=\"{y}\" dy=\"0.35em\" text-anchor=\"end\" fill=\"#444444\">{Escape(label)}</text>");
        }

        var bottom = Number(plot.Y(plot.YMin));
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{plot.Left}\" y1=\"{bottom}\" x2=\"{plot.Width - Right}\" y2=\"{bottom}\" stroke=\"#888888\"/>");
        foreach (var day in plot.LabelDays((int)((plot.Width - plot.Left - Right) / TextWidth(8, font))))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(plot.X(day))}\" y=\"{Number(plot.Y(plot.YMin) + 18)}\" text-anchor=\"middle\" fill=\"#444444\">{Escape(Day(day))}</text>");
        }
    }

    private static void NoData(StringBuilder svg, Plot plot) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{(plot.Left + plot.Width - Right) / 2}\" y=\"{Number((plot.Y(plot.YMin) + Top) / 2)}\" text-anchor=\"middle\" fill=\"#666666\">No practice yet</text>");

    private static string Summary(string title, IReadOnlyList<ProgressSeries> series)
    {
        var parts = series.Where(s => !s.Points.IsEmpty)
            .Select(s => s.Points.Length == 1
                ? $"{s.Name} {Number(s.Points[0].Value)} on {Day(s.Points[0].Day)}"
                : $"{s.Name} from {Number(s.Points[0].Value)} on {Day(s.Points[0].Day)} to {Number(s.Points[^1].Value)} on {Day(s.Points[^1].Day)}")
            .ToList();
        return parts.Count == 0 ? $"{title}: no practice yet." : $"{title}: {string.Join("; ", parts)}.";
    }

    private static (double, string)[] EvenTicks(double min, double max) =>
        [.. Enumerable.Range(0, 5).Select(i => min + ((max - min) * i / 4)).Select(v => (v, Number(v)))];

    /// <summary>Whole-number ticks from 0 up to at least <paramref name="max"/>, at most five steps of 1, 2 or 5 × 10ⁿ: a count never reads "0.25 stories".</summary>
    internal static (double Value, string Label)[] WholeTicks(double max)
    {
        var step = Enumerable.Range(0, 16).SelectMany(e => new[] { 1.0, 2, 5 }.Select(m => m * Math.Pow(10, e))).First(s => Math.Ceiling(max / s) <= 5);
        var steps = (int)Math.Max(1, Math.Ceiling(max / step));
        return [.. Enumerable.Range(0, steps + 1).Select(i => (i * step, Number(i * step)))];
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

    private static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);

    private static string Plural(int count, string one, string many) => count == 1 ? one : many;

    /// <summary>Maps days and values to pixels.</summary>
    private sealed class Plot
    {
        private const int MaxDayLabels = 6;

        private readonly DateOnly _first;
        private readonly int _span;
        private readonly bool _bars;

        public Plot(int width, int height, int left, double yMin, double yMax, IReadOnlyList<DateOnly> days, bool bars = false)
        {
            Width = width;
            Left = left;
            Height = height;
            YMin = yMin;
            YMax = yMax;
            IsEmpty = days.Count == 0;
            _first = IsEmpty ? default : days.Min();
            _span = IsEmpty ? 0 : days.Max().DayNumber - _first.DayNumber;
            _bars = bars;
        }

        public int Width { get; }

        /// <summary>Where the plot starts, right of the y axis labels.</summary>
        public int Left { get; }

        public int Height { get; }

        public double YMin { get; }

        public double YMax { get; }

        public bool IsEmpty { get; }

        /// <summary>Pixels per day on the x axis.</summary>
        public double DayWidth => (Width - Left - Right) / (double)(_span + (_bars ? 1 : 0) + (_span == 0 ? 1 : 0));

        public double X(DateOnly day)
        {
            var offset = day.DayNumber - _first.DayNumber;
            if (_bars)
            {
                return Left + ((offset + 0.5) * DayWidth);
            }

            return _span == 0 ? Left + ((Width - Left - Right) / 2.0) : Left + (offset * (Width - Left - Right) / (double)_span);
        }

        public double Y(double value)
        {
            var clamped = Math.Clamp(value, YMin, YMax);
            return Height - Bottom - ((clamped - YMin) / (YMax - YMin) * (Height - Bottom - Top));
        }

        /// <summary>The first and last day and a few evenly between them, at most <paramref name="fit"/> (labels that fit side by side).</summary>
        public IEnumerable<DateOnly> LabelDays(int fit)
        {
            if (IsEmpty)
            {
                yield break;
            }

            var steps = Math.Min(_span, Math.Clamp(fit, 1, MaxDayLabels) - 1);
            var seen = new HashSet<int>();
            for (var i = 0; i <= steps; i++)
            {
                var offset = steps == 0 ? 0 : (int)Math.Round((double)_span * i / steps);
                if (seen.Add(offset))
                {
                    yield return _first.AddDays(offset);
                }
            }
        }
    }
}
