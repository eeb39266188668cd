using StarCoach.Core.Banks;
using StarCoach.Core.Tests.Practice;

namespace StarCoach.Core.Tests.Stories;

/// <summary>Story titles as the schedule, practice screens and progress show them.</summary>
public sealed class StoryTitleTests
{
    private static Answer Story(string text, params AnswerSection[] sections) =>
        new("a-test", AnswerKind.Star, text, [.. sections], new SourceSpan(1, 1));

    private static Question Question(params Answer[] answers) =>
        new("q-test", "Tell me about a time you led a change.", null, null, null, [], [], new SourceSpan(1, 1), [.. answers], []);

    // Openings that set the scene are left out; the title is what the story is about, in at most eight words.
    [Theory]
    [InlineData("At my last job, we were migrating billing to the new API before the old one was retired.", "Migrating billing to the new API")]
    [InlineData("Our depot paid for overtime every weekend.", "Our depot paid for overtime every weekend")]
    [InlineData("At CBRE/Google, our team was tasked with migrating a critical Kubeflow Pipelines environment from on-premise infrastructure.", "Migrating a critical Kubeflow Pipelines environment from on-premise")]
    [InlineData("Just a few months ago, while at Mphasis working on the \"Bedrock Knowledge Base\" project, we faced a perplexing challenge.", "Bedrock Knowledge Base project")]
    [InlineData("As the tech lead for a critical model migration at NetApp, our team was tasked with migrating a large-scale fraud detection model to the cloud.", "Migrating a large-scale fraud detection model")]
    [InlineData("During the rollout of a new LLM-powered feature for Search, we encountered high latency.", "Rollout of a new LLM-powered feature for Search")]
    [InlineData("At NetApp, we faced a pressing business challenge: unacceptably high customer churn rates.", "Unacceptably high customer churn rates")]
    [InlineData("In 2023 our Leeds warehouse moved 40 pickers from paper to handheld scanners just before peak.", "Our Leeds warehouse moved 40 pickers from paper")]
    [InlineData("So, basically, I was asked to cut the ward's agency nursing spend by a third.", "Cut the ward's agency nursing spend")]
    [InlineData("When I was at the county library, my task was to bring teenagers back to the reading room.", "Bring teenagers back to the reading room")]
    [InlineData("Two years ago, a parent complained that our Year 9 maths homework was too hard.", "A parent complained")]
    public void Derive_VariedOpenings_NamesWhatTheStoryIsAbout(string situation, string expected)
    {
        Assert.Equal(expected, StoryTitle.Derive(Story(situation + " Then I acted.")));
    }

    [Fact]
    public void Derive_LabelledSections_ReadsTheSituationNotTheAction()
    {
        var story = Story(
            "Situation: At Acme our checkout service was timing out during sales.\nAction: I added a cache.",
            new AnswerSection("Situation", "At Acme our checkout service was timing out during sales."),
            new AnswerSection("Action", "I added a cache."));

        Assert.Equal("Our checkout service was timing out during sales", StoryTitle.Derive(story));
    }

    [Fact]
    public void Derive_EveryStoryOfTheSeed_IsShortAndNeverEmpty()
    {
        foreach (var (_, answer) in PracticeStories.Seed.AllAnswers())
        {
            var title = StoryTitle.Derive(answer);
            Assert.False(string.IsNullOrWhiteSpace(title), answer.Id);
            Assert.InRange(title.Split(' ').Length, 1, StoryTitle.MaxWords);
            Assert.True(char.IsUpper(title[0]) || !char.IsLetter(title[0]), title);
        }
    }

    [Fact]
    public void Of_TwoStoriesOfOneQuestionWithTheSameOpening_GetDifferentTitles()
    {
        var first = Story("At NetApp, I led the team responsible for developing predictive maintenance. We had a wealth of telemetry data.") with { Id = "a-1" };
        var second = Story("At NetApp, I led the team responsible for developing predictive maintenance. The budget was cut in half.") with { Id = "a-2" };
        var question = Question(first, second);

        Assert.Equal("Developing predictive maintenance", StoryTitle.Of(question, first));
        Assert.Equal("The budget was cut in half", StoryTitle.Of(question, second));
    }

    [Fact]
    public void Of_TitleTheCandidateGave_IsShownInsteadOfTheDerivedOne()
    {
        var story = Story("At my last job, we were migrating billing to the new API.") with { Title = "  The billing\nmigration " };

        Assert.Equal("The billing migration", StoryTitle.Of(Question(story), story));
    }

    [Fact]
    public void Own_TypedTheDerivedTitleOrNothing_KeepsNoTitleOfItsOwn()
    {
        var story = Story("At my last job, we were migrating billing to the new API.");
        var question = Question(story);

        Assert.Null(StoryTitle.Own(question, story, "Migrating billing to the new API"));
        Assert.Null(StoryTitle.Own(question, story, "   "));
        Assert.Equal("Billing", StoryTitle.Own(question, story, "Billing"));
        Assert.Equal(StoryTitle.MaxLength, StoryTitle.Own(question, story, new string('x', 200))!.Length);
    }

    [Fact]
    public void StoryName_QuestionWithThreeStories_SaysWhichOne()
    {
        var answers = new[] { "Our depot paid for overtime.", "The county library lost its teenagers.", "A parent complained about homework." }
            .Select((text, i) => Story(text) with { Id = "a-" + i }).ToArray();
        var question = Question(answers);

        var name = StoryName.For(question, answers[1]);

        Assert.Equal("Story 2 of 3: The county library lost its teenagers", name.ToString());
        Assert.Equal("Our depot paid for overtime", StoryName.For(Question(answers[0]), answers[0]).ToString());
    }
}
