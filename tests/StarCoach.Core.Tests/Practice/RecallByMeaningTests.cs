using System.Globalization;
using StarCoach.Core.Matching;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Practice;

/// <summary>The recall pairs and the shipped MiniLM model, loaded once for the tests that compare by meaning.</summary>
public sealed class RecallModelFixture
{
    public SentenceMeaning Meaning { get; } = new(MiniLmEmbedder.Shared, new MemoryEmbeddingCache());

    internal RecallPairs Pairs { get; } = RecallPairs.Load();
}

/// <summary>Recall by meaning with the real model, on the recall pairs.</summary>
public sealed class RecallByMeaningTests(RecallModelFixture model, ITestOutputHelper output) : IClassFixture<RecallModelFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compare_RecallPairs_ChosenThresholdDecidesAsWellAsTheBest()
    {
        var rows = new List<(double Threshold, double Points, double Figures)>();
        for (var threshold = 0.40; threshold <= 0.801; threshold += 0.025)
        {
            var (points, figures) = Accuracy(model.Meaning, threshold);
            rows.Add((threshold, points, figures));
        }

        var (wordPoints, wordFigures) = Accuracy(null, 0);
        var (chosenPoints, _) = Accuracy(model.Meaning, SentenceMeaning.ToldSimilarity);
        output.WriteLine("threshold | key points and decisions right | figures right");
        foreach (var (threshold, points, figures) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{threshold:0.000} | {points:P1} | {figures:P1}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"words only | {wordPoints:P1} | {wordFigures:P1}"));
        Assert.True(chosenPoints >= rows.Max(r => r.Points) - 0.02, $"{SentenceMeaning.ToldSimilarity} decides {chosenPoints:P1} right; the best threshold {rows.Max(r => r.Points):P1}");
        Assert.True(chosenPoints >= 0.85, $"only {chosenPoints:P1} of key points decided right");
        Assert.True(chosenPoints > wordPoints, $"meaning {chosenPoints:P1} is no better than words {wordPoints:P1}");
    }

    [Fact]
    public void Evaluate_FaithfulParaphrase_IsGradedGoodOrEasyAndSaysWhy()
    {
        var coach = new PracticeCoach(new Core.Review.AnswerReviewer(), [], meaning: model.Meaning);
        foreach (var pair in model.Pairs.Pairs.Where(p => p.IsFaithful))
        {
            var result = coach.Evaluate(pair.Question, pair.Story, PracticeMode.Full, new TimedAnswer(pair.Retelling, Start, 120));

            output.WriteLine($"{pair.Name}: recall {result.Recall.Score:P0}, overall {result.Review.Overall}, {result.Explanation}");
            Assert.True(result.Grade >= Grade.Good, $"{pair.Name}: {result.Explanation}");
            Assert.StartsWith(result.Grade + ":", result.Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_RetellingWithAnotherAmountAndTeam_ShowsBothChanged()
    {
        var pair = model.Pairs.Pairs.Single(p => p.StoryName == "cost" && p.RetellingName == "cost-changed");

        var recall = StoryRecall.Compare(pair.Story, pair.Retelling, model.Meaning);

        var money = Assert.Single(recall.Items, i => i.Kind == RecallKind.Figure && i.Prepared == "$8,000");
        Assert.Equal((RecallStatus.Changed, "$5,000"), (money.Status, money.Told));
        var team = Assert.Single(recall.Items, i => i.Kind == RecallKind.Figure && i.Prepared == "2-3 people");
        Assert.Equal((RecallStatus.Changed, "Five people"), (team.Status, team.Told));
    }

    [Fact]
    public void Compare_ParaphrasedFigures_AreToldNotMissed()
    {
        var pair = model.Pairs.Pairs.Single(p => p.StoryName == "cost" && p.RetellingName == "cost-faithful");

        var recall = StoryRecall.Compare(pair.Story, pair.Retelling, model.Meaning);

        Assert.Equal(RecallStatus.Told, Assert.Single(recall.Items, i => i.Prepared == "$8,000").Status);
        Assert.Equal(RecallStatus.Told, Assert.Single(recall.Items, i => i.Prepared == "2-3 people").Status);
        Assert.All(recall.Items.Where(i => i.Kind == RecallKind.KeyPoint), i => Assert.Equal(RecallStatus.Told, i.Status));
    }

    private (double Points, double Figures) Accuracy(SentenceMeaning? meaning, double threshold)
    {
        int points = 0, pointsRight = 0, figures = 0, figuresRight = 0;
        foreach (var pair in model.Pairs.Pairs)
        {
            var recall = StoryRecall.Compare(StoryReading.Of(pair.Story), StoryReading.OfAttempt(pair.Retelling), meaning, threshold);
            foreach (var item in recall.Items.Where(i => i.Kind != RecallKind.Name))
            {
                var right = item.Status == pair.Expected(item);
                if (!right && meaning is not null && Math.Abs(threshold - SentenceMeaning.ToldSimilarity) < 0.001)
                {
                    output.WriteLine($"  {pair.Name}: {item.Kind} “{item.Prepared}” {item.Status}, expected {pair.Expected(item)} (told: {item.Told})");
                }

                if (item.Kind == RecallKind.Figure)
                {
                    (figures, figuresRight) = (figures + 1, figuresRight + (right ? 1 : 0));
                }
                else
                {
                    (points, pointsRight) = (points + 1, pointsRight + (right ? 1 : 0));
                }
            }
        }

        return ((double)pointsRight / points, (double)figuresRight / figures);
    }
}
