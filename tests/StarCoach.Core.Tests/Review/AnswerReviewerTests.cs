using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Review;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Review;

/// <summary>What every review promises, whatever the answer: spans that point into the text, six scored dimensions, a bounded cost.</summary>
public sealed class AnswerReviewerTests
{
    public static TheoryData<string> Answers() => [.. Stories.All.Select(s => s.Text), .. Stories.All.Select(s => Stories.Unlabelled(s.Text)), "", "   ", "Yes.", @"Literal\nbreaks\nonly"];

    [Theory]
    [MemberData(nameof(Answers))]
    public void ReviewText_AnyAnswer_PointsFindingsIntoTheText(string answer)
    {
        var review = ReviewKit.Review(answer);

        Assert.All(review.Findings, f =>
        {
            Assert.InRange(f.Start, 0, answer.Length);
            Assert.InRange(f.Length, 0, answer.Length - f.Start);
            Assert.True(f.Excerpt.Length <= Finding.MaxExcerptChars);
            Assert.StartsWith(Fold(f.Excerpt).TrimEnd('…'), Fold(answer.Substring(f.Start, f.Length)), StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public void ReviewText_AnyAnswer_ScoresSixDimensionsAndAWeightedOverallUnderItsCap(string answer)
    {
        var review = ReviewKit.Review(answer);

        Assert.Equal(Enum.GetValues<RubricDimension>(), review.Rubric.Select(r => r.Dimension));
        Assert.All(review.Rubric, r =>
        {
            Assert.InRange(r.Level, 1, 4);
            Assert.Equal(RubricWeights.Label(r.Level), r.Label);
            Assert.NotEmpty(r.Evidence);
        });
        var weighted = (int)Math.Round(review.Rubric.Sum(r => RubricWeights.Of(r.Dimension) * (r.Level - 1) / 3.0), MidpointRounding.AwayFromZero);
        Assert.Equal(Math.Min(weighted, ScoreCap.Of(review.Findings)), review.Overall);
        Assert.Equal(review.Overall < weighted, review.CapReason is not null);
        Assert.InRange(review.Overall, 0, 100);
    }

    [Fact]
    public void ReviewText_SendBackFinding_HoldsAWellToldAnswerBelowGood_AndSaysWhy()
    {
        var review = ReviewKit.Review(StarCoach.Testing.TypedAnswers.TeamOnly, StarCoach.Testing.TypedAnswers.TeamOnlyQuestion);

        Assert.Contains(review.Findings, f => f.Rule == "ownership.we-heavy");
        Assert.True(review.Overall <= ScoreCap.SendBack, $"overall {review.Overall}");
        Assert.StartsWith($"Held at {ScoreCap.SendBack} until this is fixed:", review.CapReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewText_StoryThatStartsAtItsFirstStep_IsHeldBelowGood_ForItsMissingScene()
    {
        var review = ReviewKit.Review(
            "So what I did was I stood at the pack bench on the late shift for three nights and timed every order from scan to sealed box, and I found most of the delay was at the tape dispenser. "
            + "I showed my team leader the timings and she let me try a second dispenser at each bench. I set them up and showed the other packers how to use them. "
            + "The week after, we packed about 120 orders an hour instead of 100, and the day shift copied it. I learned that timings persuade people faster than opinions.",
            "Tell me about a time you improved a process.");

        Assert.Contains(review.Findings, f => f.Rule == "star.situation-missing");
        Assert.True(review.Overall <= ScoreCap.SendBack, $"overall {review.Overall}");
    }

    [Fact]
    public void ReviewText_AnswerBuriedInPasteArtifacts_IsHeldWhereACoachSendsItBack()
    {
        const string Story = """
            Our warehouse missed the 6am trailer to the regional hub twice a week because pallets were wrapped late. I was the shift’s team lead, and the site manager asked me to fix it before peak season.

            I timed each step of the evening shift for a week and found the wrapping machine was at the far end of the building. I moved it next to the last pick aisle, and I changed the wave plan so that heavy orders were picked first, when the team was fresh. I also asked the day shift to stage empty pallets by the dock.

            The trailer left on time every day for the next two months, and overtime on the evening shift fell by a third. I’ve since used the same week of timing on two other late processes.
            """;
        var pasted = Story.Replace("’", "â€™", StringComparison.Ordinal).Replace("\n\n", "&nbsp;\n\n", StringComparison.Ordinal) + "&nbsp;\nRead full answer »";
        var leftover = Story.Replace("I was the shift’s team lead", "**Situation:** I was the shift’s team lead", StringComparison.Ordinal)
            .Replace("I timed each step", "**Action:** I timed each step", StringComparison.Ordinal)
            .Replace("The trailer left", "**Result:** The trailer left", StringComparison.Ordinal) + "&nbsp;";

        var clean = ReviewKit.Review(leftover, "Tell me about a time you improved a process.");
        var buried = ReviewKit.Review(pasted, "Tell me about a time you improved a process.");

        Assert.All(clean.Findings.Where(f => f.Rule == "text.artifact"), f => Assert.Equal(FindingSeverity.Warning, f.Severity));
        Assert.Null(clean.CapReason);
        Assert.Contains(buried.Findings, f => f.Rule == "text.artifact" && f.Severity == FindingSeverity.Error && f.Message.Contains("reads as a paste", StringComparison.Ordinal));
        Assert.True(buried.Overall <= ScoreCap.SendBack, $"overall {buried.Overall}");
        Assert.True(clean.Overall > buried.Overall, $"clean {clean.Overall}, buried {buried.Overall}");
    }

    [Fact]
    public void Review_SameArtifactFiveTimes_OneFindingPointsAtAllFive()
    {
        const string text = "Situation: our till froze at peak.&nbsp;Task: I had to fix it.&nbsp;Action: I rebuilt the cache.&nbsp;"
            + "Result: checkout time fell by 30%.&nbsp;I learned to test under load.&nbsp;";

        var review = ReviewKit.Review(text, "Tell me about a time you fixed a problem.");

        var html = Assert.Single(review.Findings, f => f.Rule == "text.artifact");
        Assert.Contains("(5×)", html.Message, StringComparison.Ordinal);
        var places = new[] { new FindingPlace(html.Start, html.Length) }.Concat(html.Also).ToList();
        Assert.Equal(5, places.Count);
        Assert.All(places, p => Assert.Equal("&nbsp;", text.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void Review_HedgeUsedThreeTimes_OneFindingPointsAtEachUse()
    {
        const string text = "I think the rota was the problem. I think I fixed it by moving two shifts. I think overtime fell by a third.";

        var review = ReviewKit.Review(text);

        var hedge = Assert.Single(review.Findings, f => f.Message.Contains("(3×)", StringComparison.Ordinal));
        Assert.Equal(2, hedge.Also.Length);
        Assert.All(hedge.Also, p => Assert.Equal("I think", text.Substring(p.Start, p.Length)));
    }

    [Fact]
    public void RubricWeights_AllDimensions_AddUpToOneHundred()
    {
        Assert.Equal(100, Enum.GetValues<RubricDimension>().Sum(RubricWeights.Of));
    }

    [Fact]
    public void ReviewText_FindingsEvidence_NamesTheRulesThatFired()
    {
        var review = ReviewKit.Review("I think we maybe did well. We were happy.");

        var delivery = review.Rubric.Single(r => r.Dimension == RubricDimension.Delivery);
        Assert.Contains(delivery.Evidence, e => e.StartsWith("fired: language.hedge", StringComparison.Ordinal));
        Assert.True(delivery.Level < 4);
    }

    [Fact]
    public void ReviewText_WellToldStory_ScoresHigherThanAPlan()
    {
        var story = ReviewKit.Review(Stories.Nursing);
        var plan = ReviewKit.Review("If a colleague made an error, I would make sure the patient is safe. I would talk to them privately. I'd help them report it.");

        Assert.True(story.Overall > plan.Overall + 30, $"story {story.Overall}, plan {plan.Overall}");
        Assert.Equal(4, story.Rubric.Single(r => r.Dimension == RubricDimension.Impact).Level);
    }

    [Fact]
    public void ReviewText_ToldStoryWithoutATaskSentence_IsOutstandingInStructure_LabelledOneIsNot()
    {
        const string Told = "At a 120-room hotel in Bath, guests complained that breakfast ran out of hot food by nine. I moved two cooks' shifts half an hour later, set up a second serving station and started counting covers every fifteen minutes. Complaints about breakfast dropped from twelve a week to one, and food waste fell by 15%.";
        const string Labelled = "Situation: At a 120-room hotel in Bath, guests complained that breakfast ran out of hot food by nine.\nAction: I moved two cooks' shifts half an hour later, set up a second serving station and started counting covers every fifteen minutes.\nResult: Complaints about breakfast dropped from twelve a week to one, and food waste fell by 15%.";

        var told = ReviewKit.Review(Told).Rubric.Single(r => r.Dimension == RubricDimension.Structure);
        var labelled = ReviewKit.Review(Labelled).Rubric.Single(r => r.Dimension == RubricDimension.Structure);

        Assert.Equal(4, told.Level);
        Assert.Equal(3, labelled.Level);
    }

    [Fact]
    public void ReviewText_WordCountAndSpeakingTime_LeaveLabelsOut()
    {
        var review = ReviewKit.Review("Situation: Queues were long at the tills.\nAction: I opened a fourth till at eleven.\nResult: Waiting fell to five minutes.");

        Assert.Equal(18, review.WordCount);
        Assert.Equal(7, review.SpeakingSeconds);
    }

    [Fact]
    public void ReviewText_OneMegabyteAnswer_IsCutAndSaysSo()
    {
        var sentence = "I walked the dock with the night team and redrew the bay map before the trucks left. ";
        var huge = new StringBuilder().Insert(0, sentence, (1024 * 1024 / sentence.Length) + 1).ToString();

        var review = ReviewKit.Review(huge);

        var cut = Assert.Single(review.Findings, f => f.Rule == "length.too-long");
        Assert.Contains("limit", cut.Message, StringComparison.Ordinal);
        Assert.InRange(cut.Start + cut.Length, 0, AnswerReviewer.MaxAnswerChars);
        Assert.True(review.WordCount < AnswerReviewer.MaxAnswerChars / 4);
    }

    [Fact]
    public void ReviewText_HundredThousandCharacterLine_IsReviewed()
    {
        var line = string.Concat(Enumerable.Repeat("we improved things and ", 100_000 / 23));

        var review = ReviewKit.Review(line);

        Assert.Contains(review.Findings, f => f.Rule == "length.too-long");
        Assert.All(review.Findings, f => Assert.True(f.Excerpt.Length <= Finding.MaxExcerptChars));
    }

    [Fact]
    public void ReviewBank_SameBankTwice_GivesTheSameJsonBytes()
    {
        var bank = new BankImporter().ImportFile(Seeds.Path("behavioral-questions.txt")).Bank!;

        var first = ReviewJson.Serialize(ReviewReport.Of(TargetLevel.Staff, new AnswerReviewer().ReviewBank(bank, TargetLevel.Staff)));
        var second = ReviewJson.Serialize(ReviewReport.Of(TargetLevel.Staff, new AnswerReviewer().ReviewBank(bank, TargetLevel.Staff)));

        Assert.Equal(Encoding.UTF8.GetBytes(first), Encoding.UTF8.GetBytes(second));
    }

    [Fact]
    public void Serialize_Report_WritesTheContractFieldsInOrder()
    {
        var review = ReviewKit.Reviewer.ReviewText("Situation: Queues were long.\nAction: I opened a till.\nResult: Waits fell to 5 minutes.", "Tell me about a time you cut a queue. What did you do?", TargetLevel.Staff);

        var json = ReviewJson.Serialize(ReviewReport.Of(TargetLevel.Staff, [review]));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["schemaVersion", "level", "reviews"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("staff", root.GetProperty("level").GetString());
        var first = root.GetProperty("reviews")[0];
        Assert.Equal(["questionId", "answerId", "question", "kind", "findings", "rubric", "overall", "wordCount", "speakingSeconds", "parts", "capReason", "topFixes"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal("star", first.GetProperty("kind").GetString());
        // "why" and a finding's "name" are the plain words people read; "evidence" and "rule" stay as they were, for scripts.
        Assert.Equal(["dimension", "level", "label", "evidence", "why"], first.GetProperty("rubric")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rule", "severity", "message", "hint", "start", "length", "excerpt", "name", "also"], first.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("structure", first.GetProperty("rubric")[0].GetProperty("dimension").GetString());
        Assert.Equal(["part", "covered", "sentence"], first.GetProperty("parts")[0].EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewFollowUp_FollowUpWithoutAnswer_IsRefused()
    {
        var question = new Question("q-1", "Tell me about a time.", null, null, null, [], [], new SourceSpan(1, 1), [], []);

        Assert.Throws<ArgumentException>(() => ReviewKit.Reviewer.ReviewFollowUp(new FollowUp("Why?", null, new SourceSpan(2, 2)), question));
    }

    private static string Fold(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
