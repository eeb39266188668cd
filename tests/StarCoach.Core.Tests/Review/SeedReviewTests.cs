using System.Text.RegularExpressions;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Review;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Review;

/// <summary>The review on the real prep document in <c>shared/seeds</c>: what a candidate would see on their own bank.</summary>
public sealed partial class SeedReviewTests
{
    private static readonly Lazy<Bank> Seed = new(() => new BankImporter().ImportFile(Seeds.Path("behavioral-questions.txt")).Bank!);

    private static readonly Lazy<IReadOnlyList<AnswerReview>> Reviews = new(() => new AnswerReviewer().ReviewBank(Seed.Value, TargetLevel.Staff));

    [GeneratedRegex(@"\b\d")]
    private static partial Regex DigitRegex();

    [Fact]
    public void ReviewBank_ManagerFeedbackAnswer_AnswersAHypotheticalQuestion_IsNotToldItIsHypothetical()
    {
        // "What would you do if …?" asks for a plan: "I would …" is the answer it wants.
        var question = Seed.Value.Questions.Single(q => q.Text.StartsWith("What would you do if your manager gave you negative feedback", StringComparison.Ordinal));

        var review = Reviews.Value.Single(r => r.AnswerId == question.Answers.Single().Id);

        Assert.DoesNotContain(review.Findings, f => f.Rule == "answer.hypothetical");
    }

    [Fact]
    public void ReviewBank_AnswersWithLiteralBackslashN_GetTextArtifact()
    {
        var withEscapes = AllAnswers().Where(a => a.Text.Contains("\\n", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(withEscapes);
        Assert.All(withEscapes, answer =>
        {
            var finding = Assert.Single(ReviewOf(answer).Findings, f => f.Rule == "text.artifact" && f.Excerpt == "\\n");
            Assert.Equal("\\n", answer.Text.Substring(finding.Start, finding.Length));
        });
    }

    [Fact]
    public void ReviewBank_ResultsWithFigures_AreNotFlaggedUnquantified()
    {
        var quantified = AllAnswers()
            .Where(a => a.Sections.Any(s => s.Label is "Result" or "Outcome" && DigitRegex().IsMatch(s.Text)))
            .ToList();

        Assert.True(quantified.Count >= 10, $"expected at least 10 seed answers with figures in the result, found {quantified.Count}");
        Assert.All(quantified, answer => Assert.DoesNotContain(ReviewOf(answer).Findings, f => f.Rule == "result.unquantified"));
    }

    [Fact]
    public void ReviewBank_ResultsWithoutFigures_AreFlaggedUnquantified()
    {
        // "Despite the tight deadline … we successfully deployed the caching mechanism on time and within budget."
        var tightDeadline = Seed.Value.Questions.Single(q => q.Text.StartsWith("Tell me about a time you had to deliver on a tight deadline", StringComparison.Ordinal)).Answers.Single();

        Assert.Contains(ReviewOf(tightDeadline).Findings, f => f.Rule == "result.unquantified");
    }

    [Fact]
    public void ReviewText_SeedStoriesWithTheirLabelsRemoved_AreJudgedByContent()
    {
        // Told as free text, a complete story must still be found complete: no situation, action or result missing.
        // One "Result:" (the fraud deep dive, a-0f5ed52f) lists findings and next steps but no outcome: by content it has none.
        var complete = AllAnswers()
            .Where(a => a.Kind == AnswerKind.Star && HasParts(a, "Situation", "Action") && a.Sections.Any(s => s.Label is "Result" or "Outcome"))
            .Where(a => a.Id != "a-0f5ed52f")
            .ToList();
        var missing = new List<string>();
        foreach (var answer in complete)
        {
            var unlabelled = string.Join("\n\n", answer.Sections.Select(s => s.Text));
            var review = new AnswerReviewer().ReviewText(unlabelled, null, TargetLevel.Staff);
            missing.AddRange(review.Findings
                .Where(f => f.Rule is "star.situation-missing" or "star.action-missing" or "star.result-missing")
                .Select(f => $"{answer.Id}: {f.Rule}"));
        }

        Assert.True(complete.Count >= 20);
        Assert.True(missing.Count == 0, string.Join("; ", missing));
    }

    [Fact]
    public void ReviewBank_FreeformAnswers_AreJudgedByTheirContent()
    {
        // "How do you foster a culture of learning": one answer plans ("I'd …"), one describes habits; neither tells what happened.
        var culture = Seed.Value.Questions.Single(q => q.Text.StartsWith("How do you foster a culture of learning", StringComparison.Ordinal));
        var reviews = culture.Answers.Select(ReviewOf).ToList();

        Assert.All(culture.Answers, a => Assert.Equal(AnswerKind.Freeform, a.Kind));
        Assert.All(reviews, r => Assert.Contains(r.Findings, f => f.Rule == "star.result-missing" || f.Rule == "answer.hypothetical"));
        Assert.Contains(reviews, r => r.Has("answer.hypothetical"));
    }

    [Fact]
    public void ReviewBank_EveryAnswerAndFollowUpAnswer_IsReviewedOnce()
    {
        var expected = AllAnswers().Select(a => a.Id).ToList();

        Assert.Equal(expected, Reviews.Value.Select(r => r.AnswerId));
    }

    [Fact]
    public void ReviewBank_FollowUpAnswers_AreNotJudgedAsStories()
    {
        var followUps = Seed.Value.Questions.SelectMany(q => q.FollowUps).Where(f => f.Answer is not null).Select(f => f.Answer!.Id).ToHashSet();

        var reviews = Reviews.Value.Where(r => followUps.Contains(r.AnswerId)).ToList();

        Assert.Equal(4, reviews.Count);
        Assert.All(reviews, r => Assert.DoesNotContain(r.Findings, f => f.Rule.StartsWith("star.", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReviewBank_RepeatedClosingSentences_AreFlagged()
    {
        // "turned the system on with no issues. More customers were migrating to the systems." is pasted twice.
        var derailed = Seed.Value.Questions.Single(q => q.Text.StartsWith("Can you think of a time when you were able to get a project back on track", StringComparison.Ordinal)).Answers[1];

        Assert.Contains(ReviewOf(derailed).Findings, f => f.Rule == "text.repeated" && f.Excerpt.Contains("More customers were migrating", StringComparison.Ordinal));
    }

    [Fact]
    public void ReviewBank_CompressedAnswer_IsHeldToTheCompressedBudget()
    {
        var compressed = AllAnswers().Single(a => a.Kind == AnswerKind.Compressed);

        var review = ReviewOf(compressed);

        Assert.InRange(review.SpeakingSeconds, 60, 90);
        Assert.False(review.Has("length.too-long"));
        Assert.False(review.Has("length.too-short"));
    }

    [Fact]
    public void ReviewBank_MultiPartQuestions_ReportEveryPart()
    {
        var multiPart = Seed.Value.Questions.Where(q => q.Parts.Length > 1).ToList();

        Assert.All(multiPart, question =>
        {
            foreach (var answer in question.Answers)
            {
                var review = ReviewOf(answer);
                Assert.Equal(question.Parts, review.Parts.Select(p => p.Part));
                Assert.All(review.Parts.Where(p => p.Covered), p => Assert.False(string.IsNullOrEmpty(p.Sentence)));
            }
        });
    }

    private static IEnumerable<Answer> AllAnswers() =>
        Seed.Value.Questions.SelectMany(q => q.Answers.Concat(q.FollowUps.Where(f => f.Answer is not null).Select(f => f.Answer!)));

    private static AnswerReview ReviewOf(Answer answer) => Reviews.Value.Single(r => r.AnswerId == answer.Id);

    private static bool HasParts(Answer answer, params string[] labels) =>
        labels.All(label => answer.Sections.Any(s => s.Label == label));
}
