using System.Text.Json;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;

namespace StarCoach.Core.Tests.Competencies;

public sealed class CompetencyTaggerTests
{
    private static readonly CompetencyTagger Amazon = new([CompetencyFrameworks.Get("amazon")]);

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    internal static Question Question(string text, params string[] answers) => new(
        "q-" + Math.Abs(text.GetHashCode(StringComparison.Ordinal)),
        text,
        null,
        null,
        null,
        [],
        [],
        new SourceSpan(1, 1),
        [.. answers.Select((a, i) => new Answer($"a-{Math.Abs(text.GetHashCode(StringComparison.Ordinal))}-{i}", AnswerKind.Freeform, a, [], new SourceSpan(2, 2)))],
        []);

    internal static Bank Bank(params Question[] questions) => new(Banks.Bank.CurrentSchemaVersion, "test.txt", null, [.. questions], [], []);

    [Fact]
    public void TagAnswer_OwnershipStory_TagsOwnershipWithTheSentenceThatShowsIt()
    {
        var question = Question(
            "What is a project you are proud of?",
            "The on-call rota was broken. Although it was outside my area, I took ownership of the paging rules and fixed them. We shipped in May.");

        var tags = Amazon.TagAnswer(question, question.Answers[0]);

        var ownership = Assert.Single(tags, t => t.CompetencyId == "ownership");
        var evidence = ownership.Evidence[0];
        Assert.Equal("Although it was outside my area, I took ownership of the paging rules and fixed them.", evidence.Sentence);
        Assert.Equal(EvidenceSource.Answer, evidence.Source);
        Assert.Equal(evidence.Sentence, question.Answers[0].Text.Substring(evidence.Start, evidence.Length));
    }

    /// <summary>
    /// The floor measured on the competency set's development half (<c>Fixtures/competency-set/dev.json</c>, labelled
    /// by a bar raiser; docs/practice.md has the figures): the strongest Amazon tag is one the bar raiser named on
    /// 61% of answers. A change that makes the tags follow the question or a catch-all again falls below it.
    /// </summary>
    [Fact]
    public void TagAnswer_LabelledDevelopmentSet_StrongestAmazonTagIsTheBarRaisersOnMostAnswers()
    {
        var set = JsonSerializer.Deserialize<List<LabelledStory>>(File.ReadAllText(Support.Seeds.Fixture(Path.Combine("competency-set", "dev.json"))), WebJson)!;
        var labelled = set.Where(s => s.Amazon.Length > 0).ToList();

        var right = labelled.Count(s =>
        {
            var question = Question(s.Question, s.Answer);
            var tags = Amazon.TagAnswer(question, question.Answers[0]);
            return tags.Length > 0 && s.Amazon.Contains(tags[0].CompetencyId);
        });

        Assert.True(right >= labelled.Count * 0.55, $"strongest tag right on {right} of {labelled.Count}");
    }

    [Fact]
    public void TagAnswer_WhatOthersDid_CountsLessThanWhatTheCandidateDid()
    {
        var theirs = Question("Tell me about a time you coached someone.", "My manager coached a new hire every week for two months and gave her honest feedback until she could run the shift alone.");
        var mine = Question("Tell me about a time you coached someone.", "I coached a new hire every week for two months and gave her honest feedback until she could run the shift alone.");

        double Strength(Question q) => Amazon.TagAnswer(q, q.Answers[0]).FirstOrDefault(t => t.CompetencyId == "hire-and-develop-the-best")?.Confidence ?? 0;

        Assert.True(Strength(mine) > Strength(theirs), $"mine {Strength(mine):0.00}, theirs {Strength(theirs):0.00}");
    }

    private sealed record LabelledStory(string Id, string Question, string Answer, string[] Amazon);

    [Fact]
    public void TagAnswer_InflectedCue_StillMatches()
    {
        var question = Question("What did you change?", "I simplified the process so new hires could deploy on day one.");

        var tags = Amazon.TagAnswer(question, question.Answers[0]);

        Assert.Contains(tags, t => t.CompetencyId == "invent-and-simplify" && t.Evidence[0].Cues.Contains("simplify the process"));
    }

    [Fact]
    public void TagQuestion_TypicalQuestionReworded_TagsItsCompetency()
    {
        var tags = Amazon.TagQuestion("Tell me about a time you saved your company a lot of money.");

        Assert.Equal("frugality", tags[0].CompetencyId);
    }

    [Fact]
    public void TagBank_SameBankTwice_GivesIdenticalTags()
    {
        var bank = new StarCoach.Core.Import.BankImporter().ImportFile(Support.Seeds.Path(Support.Seeds.BehavioralQuestions)).Bank!;

        var first = Amazon.TagBank(bank);
        var second = Amazon.TagBank(bank);

        Assert.Equal(
            first.Answers.SelectMany(a => a.Competencies.Select(c => (a.AnswerId, c.Key, c.Confidence))),
            second.Answers.SelectMany(a => a.Competencies.Select(c => (a.AnswerId, c.Key, c.Confidence))));
    }

    [Fact]
    public void TagBank_WithOverrides_AddsAndRemovesTags()
    {
        var question = Question("Tell me about a time you took ownership of a problem outside your area.", "I took ownership and fixed the build.");
        var answerId = question.Answers[0].Id;
        var overrides = TagOverrides.Empty
            .With(new TagOverride(answerId, "amazon", "ownership", TagOverrideAction.Remove))
            .With(new TagOverride(answerId, "amazon", "frugality", TagOverrideAction.Add));

        var tags = Amazon.TagBank(Bank(question), overrides).ForAnswer(answerId);

        Assert.DoesNotContain(tags, t => t.CompetencyId == "ownership");
        var added = Assert.Single(tags, t => t.CompetencyId == "frugality");
        Assert.True(added.AddedByUser);
        Assert.Equal(1.0, added.Confidence);
    }

    [Fact]
    public void TagOverrides_SameTagTwice_LatestWins()
    {
        var overrides = TagOverrides.Empty
            .With(new TagOverride("a-1", "amazon", "ownership", TagOverrideAction.Add))
            .With(new TagOverride("a-1", "amazon", "ownership", TagOverrideAction.Remove));

        Assert.Equal(TagOverrideAction.Remove, Assert.Single(overrides.Items).Action);
    }

    [Fact]
    public void TagOverridesJson_RoundTrip_KeepsEveryOverride()
    {
        var overrides = TagOverrides.Empty.With(new TagOverride("a-1", "meta", "resolving-conflict", TagOverrideAction.Add));

        var (read, error) = TagOverridesJson.Deserialize(TagOverridesJson.Serialize(overrides));

        Assert.Null(error);
        Assert.Equal(overrides.Items, read!.Items);
    }

    [Fact]
    public void TagOverridesJson_UnknownCompetency_SaysWhich()
    {
        var (read, error) = TagOverridesJson.Deserialize("""{"schemaVersion":1,"overrides":[{"answerId":"a-1","framework":"amazon","competencyId":"teleportation","action":"add"}]}""");

        Assert.Null(read);
        Assert.Contains("amazon/teleportation", error, StringComparison.Ordinal);
    }
}
