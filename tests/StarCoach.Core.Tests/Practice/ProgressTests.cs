using System.Collections.Immutable;
using System.Xml.Linq;
using StarCoach.Core.Competencies;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Progress;
using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Practice;

public sealed class ProgressTests
{
    private static readonly DateTimeOffset Day1 = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static AttemptRecord Attempt(string questionId, string answerId, DateTimeOffset at, int overall, double recall, double seconds, double budget = 180, Guid? parent = null, AnswerReview? review = null) =>
        new(Guid.NewGuid(), questionId, answerId, parent, parent is null ? null : "How did you measure the result?", at, seconds, budget, PracticeMode.Full, "text", overall, recall, null, review, null, []);

    private static (ProgressReport Report, string LatencyAnswer, string LaunchAnswer) Sample()
    {
        var bank = PracticeStories.Bank(PracticeStories.Latency, PracticeStories.MissedLaunch);
        var (latencyQuestion, latency) = (bank.Questions[0], bank.Questions[0].Answers[0]);
        var review = new AnswerReviewer().Review(latency, latencyQuestion);
        var first = Attempt(latencyQuestion.Id, latency.Id, Day1, 40, 0.5, 150, review: review);
        var attempts = new[]
        {
            first,
            Attempt(latencyQuestion.Id, latency.Id, Day1.AddMinutes(5), 50, 0.5, 70, budget: 60, parent: first.Id),
            Attempt(latencyQuestion.Id, latency.Id, Day1.AddDays(2), 80, 0.9, 170, review: review),
            Attempt(latencyQuestion.Id, latency.Id, Day1.AddDays(2).AddHours(1), 60, 0.7, 240, review: review),
        };

        return (ProgressBuilder.Build(bank, attempts, CompetencyFrameworks.Get("amazon"), null, TimeZoneInfo.Utc), latency.Id, bank.Questions[1].Answers[0].Id);
    }

    [Fact]
    public void Build_AttemptsOnTwoDays_AveragesPerDayAndCountsProbesApart()
    {
        var (report, _, _) = Sample();

        Assert.Equal(3, report.Attempts);
        Assert.Equal(1, report.ProbeAnswers);
        Assert.Equal([new DayActivity(new DateOnly(2025, 3, 3), 1, 1), new DayActivity(new DateOnly(2025, 3, 5), 2, 0)], report.Days);
        Assert.Equal([40.0, 70.0], report.Overall.Points.Select(p => p.Value));
        Assert.Equal([50.0, 80.0], report.Recall.Points.Select(p => p.Value));
        Assert.Equal(Enum.GetValues<RubricDimension>().Length, report.Dimensions.Length);
        Assert.All(report.Dimensions, d => Assert.Equal(2, d.Points.Length));
    }

    [Fact]
    public void Build_OneStoryNeverTold_ListsItAsNeverPractised()
    {
        var (report, _, launch) = Sample();

        Assert.Equal(2, report.Stories);
        Assert.Equal(1, report.StoriesPractised);
        Assert.Equal(launch, Assert.Single(report.NeverPractised).AnswerId);
    }

    [Fact]
    public void Build_OneAnswerOverBudget_ReportsHowFarOver()
    {
        var (report, _, _) = Sample();

        Assert.Equal(3, report.TimeOverBudget.Attempts);
        Assert.Equal(1, report.TimeOverBudget.OverBudget);
        Assert.Equal(60, report.TimeOverBudget.AverageOverrunSeconds);
        Assert.Equal([0.0, 30.0], report.TimeOverBudget.OverrunPerDay.Points.Select(p => p.Value));
    }

    [Fact]
    public void Build_Competencies_FollowsEveryCompetencyOfTheFrameworkAndTheStoriesThatShowIt()
    {
        var (report, _, _) = Sample();

        Assert.Equal(CompetencyFrameworks.Get("amazon").Competencies.Length, report.Competencies.Length);
        Assert.Contains(report.Competencies, c => c.Attempts == 3 && c.Scores.Points.Length == 2);
        Assert.All(report.Competencies, c => Assert.True(c.Attempts == 0 || c.Stories > 0));
    }

    [Fact]
    public void Charts_Report_AreWellFormedSvgWithATooltipPerPoint()
    {
        var (report, _, _) = Sample();

        foreach (var svg in new[] { ProgressCharts.Dimensions(report), ProgressCharts.Scores(report), ProgressCharts.Competencies(report), ProgressCharts.AttemptsPerDay(report), ProgressCharts.TimeOverBudget(report) })
        {
            var root = XDocument.Parse(svg).Root!;
            Assert.Equal("svg", root.Name.LocalName);
            Assert.Equal("img", root.Attribute("role")!.Value);
            Assert.Contains(root.Elements(), e => e.Name.LocalName == "desc");
        }

        var dimensions = XDocument.Parse(ProgressCharts.Dimensions(report));
        Assert.Equal(12, dimensions.Descendants().Count(e => e.Name.LocalName == "circle"));
        Assert.Contains(dimensions.Descendants().Where(e => e.Name.LocalName == "title"), t => t.Value.StartsWith("Structure, Mar 3:", StringComparison.Ordinal));
        Assert.Equal(ProgressCharts.Dimensions(report), ProgressCharts.Dimensions(report));
    }

    [Theory]
    [InlineData(1, "0 1")]
    [InlineData(3, "0 1 2 3")]
    [InlineData(7, "0 2 4 6 8")]
    [InlineData(23, "0 5 10 15 20 25")]
    public void WholeTicks_ACount_StepsInWholeNumbers(double max, string ticks) =>
        Assert.Equal(ticks, string.Join(' ', ProgressCharts.WholeTicks(max).Select(t => t.Label)));

    [Fact]
    public void AttemptsPerDay_OneStoryOnADay_AxisCountsWholeStories()
    {
        var (report, _, _) = Sample();

        var labels = Texts(ProgressCharts.AttemptsPerDay(report)).ToList();

        Assert.Contains("2", labels);
        Assert.DoesNotContain(labels, l => l.Contains('.', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProgressCharts.DefaultWidth, ProgressCharts.DefaultHeight, 12)]
    [InlineData(ProgressCharts.PhoneWidth, ProgressCharts.PhoneHeight, 13)]
    public void Dimensions_AnyWidth_LevelNamesFitLeftOfTheAxisAndTextIsReadable(int width, int height, int font)
    {
        var (report, _, _) = Sample();

        var svg = XDocument.Parse(ProgressCharts.Dimensions(report, width, height)).Root!;

        Assert.Equal(font, (int)svg.Attribute("font-size")!);
        var outstanding = svg.Descendants().Single(e => e.Name.LocalName == "text" && e.Value == "4 Outstanding");
        // Right-aligned at x: it starts at x minus its width, about 0.62 em a character in DejaVu Sans.
        Assert.True((double)outstanding.Attribute("x")! - ("4 Outstanding".Length * 0.62 * font) >= 0, "the top level's name is cut off on the left");
        Assert.True((double)outstanding.Attribute("y")! >= font, "the top level's name is cut off at the top");
    }

    [Fact]
    public void Dimensions_SixDimensionsAtOneLevelOnOneDay_ShowAsSixDots()
    {
        var day = new DateOnly(2025, 3, 3);
        var (report, _, _) = Sample();
        var dimensions = report.Dimensions.Select(d => d with { Points = [new ProgressPoint(day, 3, 1)] }).ToImmutableArray();

        var svg = XDocument.Parse(ProgressCharts.Dimensions(report with { Dimensions = dimensions }));

        var dots = svg.Descendants().Where(e => e.Name.LocalName == "circle").Select(c => ((string)c.Attribute("cx")!, (string)c.Attribute("cy")!));
        Assert.Equal(6, dots.Distinct().Count());
    }

    private static IEnumerable<string> Texts(string svg) =>
        XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value);

    [Fact]
    public void Lines_NamesWithMarkup_AreEscaped()
    {
        var series = new ProgressSeries("x", "R&D <script>alert(1)</script>", [new ProgressPoint(new DateOnly(2025, 3, 3), 50, 1)]);

        var svg = ProgressCharts.Lines("Team \"A\" & <B>", [series], 0, 100);

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("R&amp;D &lt;script&gt;", svg, StringComparison.Ordinal);
        Assert.Contains("Team &quot;A&quot; &amp; &lt;B&gt;", svg, StringComparison.Ordinal);
        XDocument.Parse(svg);
    }

    [Fact]
    public void Charts_NoPractice_SayNoPracticeYet()
    {
        var bank = PracticeStories.Bank(PracticeStories.Latency);
        var report = ProgressBuilder.Build(bank, [], CompetencyFrameworks.Get("generic"), null, TimeZoneInfo.Utc);

        Assert.Contains("No practice yet", ProgressCharts.Dimensions(report), StringComparison.Ordinal);
        Assert.Contains("no practice yet", ProgressCharts.AttemptsPerDay(report), StringComparison.Ordinal);
        Assert.Single(report.NeverPractised);
    }

    [Fact]
    public void PracticeJson_ReviewRecallAndProbes_RoundTrip()
    {
        var (question, story) = PracticeStories.Story(PracticeStories.Latency);
        var result = new PracticeCoach().Evaluate(question, story, PracticeMode.Full, new TimedAnswer(story.Text.Replace("30%", "40%", StringComparison.Ordinal), Day1, 100));

        var (review, probes) = PracticeJson.DeserializeReview(PracticeJson.SerializeReview(result.Review, result.Probes));
        var recall = PracticeJson.DeserializeRecall(PracticeJson.SerializeRecall(result.Recall));

        Assert.Equal(result.Review.Overall, review!.Overall);
        Assert.Equal(result.Review.Findings, review.Findings);
        Assert.Equal(result.Review.Rubric.Select(r => (r.Dimension, r.Level)), review.Rubric.Select(r => (r.Dimension, r.Level)));
        Assert.Equal(result.Probes, probes);
        Assert.Equal(result.Recall.Items, recall!.Items);
        Assert.Equal(result.Recall.Score, recall.Score);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("not json")]
    [InlineData("{\"schemaVersion\":2,\"recall\":{\"items\":[],\"score\":1}}")]
    public void PracticeJson_NotADocumentOfThisVersion_ReadsAsNothing(string json)
    {
        Assert.Null(PracticeJson.DeserializeRecall(json));
        Assert.Null(PracticeJson.DeserializeReview(json).Review);
    }
}
