using StarCoach.Core.Matching;
using StarCoach.Core.Tests.Competencies;

namespace StarCoach.Core.Tests.Matching;

/// <summary>Ranking, explanations and caching, with a fast hashing embedder instead of the model.</summary>
public sealed class StoryIndexTests
{
    private static readonly Banks.Bank Bank = CompetencyTaggerTests.Bank(
        CompetencyTaggerTests.Question(
            "Tell me about a time you disagreed with a coworker.",
            "My coworker wanted Spark Streaming for the fraud pipeline. I disagreed and proposed Kafka Streams. We ran an A/B test and Kafka Streams won, so we used it."),
        CompetencyTaggerTests.Question(
            "Tell me about a time you mentored someone.",
            "A junior engineer struggled with code reviews. I paired with him weekly and gave him ownership of the release checklist. He was promoted a year later."),
        CompetencyTaggerTests.Question(
            "Tell me about a tight deadline.",
            "We had three weeks to ship the caching layer before the launch. I cut scope to the two critical endpoints and we shipped on time."));

    [Fact]
    public void Match_QuestionSharingTheStorysWords_RanksThatStoryFirst()
    {
        var index = StoryIndex.Build(Bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var results = index.Match("Describe a conflict with a peer about Kafka versus Spark.", 3, TestContext.Current.CancellationToken);

        Assert.Equal(3, results.Length);
        Assert.StartsWith("Tell me about a time you disagreed", results[0].QuestionText, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], results.Select(r => r.Rank));
        Assert.True(results[0].Score >= results[1].Score);
    }

    [Fact]
    public void Match_Why_NamesSharedWordsAsWrittenAndTheBestSentence()
    {
        var index = StoryIndex.Build(Bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var best = index.Match("Who did you mentor through code reviews?", 1, TestContext.Current.CancellationToken)[0];

        Assert.Contains("mentored", best.Why.SharedConcepts);
        Assert.Contains("code", best.Why.SharedConcepts);
        Assert.Equal("A junior engineer struggled with code reviews.", best.Why.BestSentence);
        Assert.Equal(new Banks.SourceSpan(2, 2), best.SourceSpan);
    }

    [Fact]
    public void Match_Why_SharedWordsLeaveOutWordsThatCarryNoMeaning()
    {
        var bank = CompetencyTaggerTests.Bank(CompetencyTaggerTests.Question(
            "Tell me about a time you used data to decide.",
            "The launch went ahead without the usual review, so I used the crash data to decide within a day."));
        var index = StoryIndex.Build(bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var best = index.Match("A launch that went ahead without the review: how did you use crash data?", 1, TestContext.Current.CancellationToken)[0];

        Assert.Contains("crash", best.Why.SharedConcepts);
        Assert.Contains("used", best.Why.SharedConcepts);
        Assert.DoesNotContain("went", best.Why.SharedConcepts);
        Assert.DoesNotContain("without", best.Why.SharedConcepts);
        Assert.DoesNotContain("the", best.Why.SharedConcepts);
        Assert.DoesNotContain("us", best.Why.SharedConcepts);
    }

    [Fact]
    public void Match_Why_QuotesTheBestSentenceWithoutMarkdownEmphasis()
    {
        var bank = CompetencyTaggerTests.Bank(CompetencyTaggerTests.Question(
            "Tell me about a time you mentored someone.",
            "**Task:** A junior engineer struggled with __code reviews__. I paired with him weekly."));
        var index = StoryIndex.Build(bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var best = index.Match("Who did you mentor through code reviews?", 1, TestContext.Current.CancellationToken)[0];

        Assert.Equal("Task: A junior engineer struggled with code reviews.", best.Why.BestSentence);
    }

    [Fact]
    public void Match_CompetencyQuestion_ExplainsWithTheSharedCompetency()
    {
        var index = StoryIndex.Build(Bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var best = index.Match("Tell me about a time you disagreed with a colleague and pushed back.", 1, TestContext.Current.CancellationToken)[0];

        Assert.Contains(best.Why.Competencies, c => c.Id == "have-backbone-disagree-and-commit");
    }

    [Fact]
    public void Build_SecondTimeWithTheSameCache_EmbedsNothing()
    {
        var cache = new MemoryCache();
        StoryIndex.Build(Bank, new HashingEmbedder(), cache, null, TestContext.Current.CancellationToken);
        var embedder = new HashingEmbedder();

        StoryIndex.Build(Bank, embedder, cache, null, TestContext.Current.CancellationToken);

        Assert.Equal(0, embedder.Embedded);
        Assert.Equal(0, StoryIndex.CountMissing(Bank, embedder, cache));
    }

    [Fact]
    public void Build_OneAnswerEdited_EmbedsOnlyThatAnswersNewPassages()
    {
        var cache = new MemoryCache();
        StoryIndex.Build(Bank, new HashingEmbedder(), cache, null, TestContext.Current.CancellationToken);
        var question = Bank.Questions[2];
        var edited = Bank with
        {
            Questions = Bank.Questions.SetItem(2, question with
            {
                Answers = [question.Answers[0] with { Text = "We had two weeks to ship the cache. I cut scope hard and we still shipped on time." }],
            }),
        };
        var embedder = new HashingEmbedder();

        StoryIndex.Build(edited, embedder, cache, null, TestContext.Current.CancellationToken);

        Assert.Equal(1, embedder.Embedded);
    }

    [Fact]
    public void Build_ReportsProgressUpToTheNumberOfMissingTexts()
    {
        var reports = new List<EmbeddingProgress>();
        var missing = StoryIndex.CountMissing(Bank, new HashingEmbedder(), new MemoryCache());

        StoryIndex.Build(Bank, new HashingEmbedder(), new MemoryCache(), new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);

        var embedding = reports.Where(r => r.Stage == IndexStage.Embedding).ToList();
        Assert.Equal(embedding[^1].Total, embedding[^1].Done);
        Assert.Equal(missing, embedding[^1].Total);
    }

    [Fact]
    public void Build_AllVectorsCached_StillReportsTheStoriesIndexedInOrderUpToAll()
    {
        var cache = new MemoryCache();
        var filler = Enumerable.Range(0, 250).Select(i => CompetencyTaggerTests.Question($"Tell me about project {i}.", $"Project {i} moved service {i % 17} to region {i % 5}."));
        var bank = CompetencyTaggerTests.Bank([.. filler]);
        StoryIndex.Build(bank, new HashingEmbedder(), cache, null, TestContext.Current.CancellationToken);
        var reports = new List<EmbeddingProgress>();

        StoryIndex.Build(bank, new HashingEmbedder(), cache, new SynchronousProgress(reports.Add), TestContext.Current.CancellationToken);

        var indexing = reports.Where(r => r.Stage == IndexStage.Indexing).ToList();
        Assert.Equal(0, reports.Single(r => r.Stage == IndexStage.Embedding).Total);
        Assert.True(indexing.Count > 10, $"{indexing.Count} reports");
        Assert.Equal(indexing.Select(r => r.Done).Order(), indexing.Select(r => r.Done));
        Assert.Equal(new EmbeddingProgress(250, 250, IndexStage.Indexing), indexing[^1]);
        Assert.True(reports.IndexOf(indexing[0]) > reports.FindLastIndex(r => r.Stage == IndexStage.Embedding));
    }

    [Fact]
    public void Match_StoriesWithoutQuestionText_RanksByWhatTheStoriesSay()
    {
        var bank = Bank with { Questions = [.. Bank.Questions.Select(q => q with { Text = string.Empty })] };
        var index = StoryIndex.Build(bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var best = index.Match("Describe a conflict with a peer about Kafka versus Spark.", 3, TestContext.Current.CancellationToken);

        Assert.Equal(Bank.Questions[0].Answers[0].Id, best[0].AnswerId);
        Assert.Equal(0, best[0].Why.QuestionSimilarity);
        Assert.InRange(best[0].Score, 0, 1);
    }

    [Fact]
    public void Match_LargeBank_FindsTheStoryAmongCandidatesChosenByInt8VectorsAndWords()
    {
        var filler = Enumerable.Range(0, 700).Select(i => CompetencyTaggerTests.Question(
            $"Tell me about project {i}.",
            $"Project {i} moved service {i % 17} to region {i % 5}. We shipped release {i} after testing it for {i % 9} weeks."));
        var bank = CompetencyTaggerTests.Bank([.. filler, .. Bank.Questions]);
        var index = StoryIndex.Build(bank, new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        var best = index.Match("Who did you mentor through code reviews?", 3, TestContext.Current.CancellationToken);

        Assert.Equal(703, index.Count);
        Assert.StartsWith("Tell me about a time you mentored", best[0].QuestionText, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_EmptyBank_ReturnsNothing()
    {
        var index = StoryIndex.Build(CompetencyTaggerTests.Bank(), new HashingEmbedder(), new MemoryCache(), null, TestContext.Current.CancellationToken);

        Assert.Empty(index.Match("Tell me about yourself", 5, TestContext.Current.CancellationToken));
    }

    private sealed class SynchronousProgress(Action<EmbeddingProgress> report) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => report(value);
    }
}
