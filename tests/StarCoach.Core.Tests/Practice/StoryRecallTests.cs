using StarCoach.Core.Practice.Recall;

namespace StarCoach.Core.Tests.Practice;

public sealed class StoryRecallTests
{
    [Fact]
    public void Compare_RetellingWithAnotherPercentage_FlagsTheFigureAsChanged()
    {
        var (_, story) = PracticeStories.Story(PracticeStories.Latency);

        var recall = StoryRecall.Compare(story, "At Acme checkout timed out during sales. I profiled it and added a Redis cache. We cut checkout latency by 40%.");

        var figure = Assert.Single(recall.Items, i => i.Kind == RecallKind.Figure && i.Prepared == "30%");
        Assert.Equal(RecallStatus.Changed, figure.Status);
        Assert.Equal("40%", figure.Told);
        Assert.Contains("cut checkout latency by 30%", figure.Context, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_RetellingThatLeavesOutTheMoney_ListsItMissedWithTheKeyPointsNotTold()
    {
        var (_, story) = PracticeStories.Story(PracticeStories.Latency);

        var recall = StoryRecall.Compare(story, "At Acme checkout timed out during sales. I profiled the service and found every request rebuilt the price table. We cut checkout latency by 30%.");

        Assert.Equal(RecallStatus.Missed, Assert.Single(recall.Items, i => i.Prepared == "$20,000").Status);
        Assert.Equal(RecallStatus.Told, Assert.Single(recall.Items, i => i.Prepared == "30%").Status);
        Assert.Contains(recall.Items, i => i.Kind == RecallKind.KeyPoint && i.Status == RecallStatus.Told && i.Prepared.StartsWith("I profiled the service", StringComparison.Ordinal));
        Assert.Contains(recall.Items, i => i.Kind == RecallKind.KeyPoint && i.Status == RecallStatus.Missed && i.Prepared.Contains("load tests", StringComparison.Ordinal));
        Assert.Equal(RecallStatus.Missed, Assert.Single(recall.Items, i => i.Kind == RecallKind.Name && i.Prepared == "Redis").Status);
        Assert.InRange(recall.Score, 0.2, 0.8);
    }

    [Fact]
    public void Compare_ThePreparedStoryItself_RecallsEverything()
    {
        var (_, story) = PracticeStories.Story(PracticeStories.Latency);

        var recall = StoryRecall.Compare(story, story.Text);

        Assert.All(recall.Items, i => Assert.Equal(RecallStatus.Told, i.Status));
        Assert.Equal(1.0, recall.Score);
        Assert.Contains(recall.Items, i => i.Kind == RecallKind.Decision);
        Assert.Contains(recall.Items, i => i.Kind == RecallKind.Name && i.Prepared == "Acme");
    }

    [Fact]
    public void Compare_NothingSaid_RecallsNothing()
    {
        var (_, story) = PracticeStories.Story(PracticeStories.Latency);

        var recall = StoryRecall.Compare(story, string.Empty);

        Assert.Equal(0, recall.Score);
        Assert.All(recall.Items, i => Assert.Equal(RecallStatus.Missed, i.Status));
        Assert.Equal(recall.Items.Length, recall.Missed);
    }

    [Theory]
    [InlineData("saved $20,000 a month", "saved $20k a month")]
    [InlineData("in three weeks", "in 3 weeks")]
    [InlineData("a team of 12 engineers", "a team of twelve engineers")]
    [InlineData("revenue of $1.2M", "revenue of $1,200,000")]
    [InlineData("cut latency by 30%", "cut latency by 30 percent")]
    public void Compare_SameFigureWrittenDifferently_CountsAsTold(string prepared, string told)
    {
        var (_, story) = PracticeStories.Story($"Tell me about a project you led.\n\nI led the work and we {prepared} in the end.");

        var recall = StoryRecall.Compare(story, $"I led the work and we {told} in the end.");

        var figure = Assert.Single(recall.Items, i => i.Kind == RecallKind.Figure);
        Assert.Equal(RecallStatus.Told, figure.Status);
    }

    [Fact]
    public void Compare_StoryToldAtAnotherEmployer_FlagsTheEmployerAsChanged()
    {
        var (_, story) = PracticeStories.Story("Tell me about a hard deadline.\n\nAt Google I led the launch of the caching layer and we shipped it in three weeks.");

        var recall = StoryRecall.Compare(story, "At Meta I led the launch of the caching layer and we shipped it in three weeks.");

        var employer = Assert.Single(recall.Items, i => i.Kind == RecallKind.Name && i.Prepared == "Google");
        Assert.Equal(RecallStatus.Changed, employer.Status);
        Assert.Equal("Meta", employer.Told);
    }

    [Fact]
    public void Compare_SeedStoryRetoldWith40Percent_FlagsOver70PercentAsChangedAndFindsTheChoice()
    {
        var (_, story) = PracticeStories.SeedStory("Bedrock Knowledge Base");
        const string retelling = """
            At Mphasis we were building a knowledge base search on Amazon Bedrock and OpenSearch Serverless, and indexing was slow and expensive.
            Instead of embedding every document, I only generated embeddings for the most relevant sentences.
            I also added a cache with ElastiCache so we did not regenerate embeddings.
            In the end we cut the indexing volume by 40% and met the timeline.
            """;

        var recall = StoryRecall.Compare(story, retelling);

        var figure = Assert.Single(recall.Items, i => i.Kind == RecallKind.Figure && i.Prepared == "over 70%");
        Assert.Equal(RecallStatus.Changed, figure.Status);
        Assert.Equal("40%", figure.Told);
        Assert.Equal(RecallStatus.Told, Assert.Single(recall.Items, i => i.Kind == RecallKind.Decision).Status);
        Assert.Equal(RecallStatus.Told, Assert.Single(recall.Items, i => i.Kind == RecallKind.Name && i.Prepared == "Mphasis").Status);
        Assert.Contains(recall.Items, i => i.Kind == RecallKind.KeyPoint && i.Status == RecallStatus.Missed);
    }

    [Fact]
    public void Compare_EverySeedStoryAgainstItself_IsDeterministicAndComplete()
    {
        foreach (var (_, answer) in PracticeStories.Seed.AllAnswers())
        {
            var first = StoryRecall.Compare(answer, answer.Text);
            var second = StoryRecall.Compare(answer, answer.Text);

            Assert.Equal(first.Items, second.Items);
            Assert.True(first.Score >= 0.95, $"{answer.Id} recalls only {first.Score} of itself");
            Assert.InRange(first.Items.Count(i => i.Kind == RecallKind.KeyPoint), 0, StoryRecall.MaxKeyPoints);
            Assert.InRange(first.Items.Count(i => i.Kind == RecallKind.Name), 0, StoryRecall.MaxNames);
        }
    }
}
