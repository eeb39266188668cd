
namespace StarCoach.Core.Tests.Review;

public sealed class PartCoverageTests
{
    private const string Question = "Tell me about a time you disagreed with a colleague. How did you resolve it? What did you learn?";

    [Fact]
    public void ReviewText_AnswerCoveringEveryPart_ReportsTheCoveringSentences()
    {
        var review = ReviewKit.Review(
            "Situation: Two senior nurses and I disagreed about how to split heavy patients on short-staffed weekends.\n" +
            "Action: I met each of them separately, then together, and we resolved it with an acuity score sheet.\n" +
            "Result: Complaints about assignments dropped from weekly to almost none.\n" +
            "Lessons learned: I learned to bring data to a disagreement early.",
            Question);

        Assert.Equal(3, review.Parts.Length);
        Assert.All(review.Parts, p => Assert.True(p.Covered, p.Part));
        Assert.Contains("resolved", review.Parts[1].Sentence, StringComparison.Ordinal);
        Assert.Contains("learned", review.Parts[2].Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewText_AnswerSkippingAPart_ReportsItUncovered()
    {
        var review = ReviewKit.Review(
            "Situation: Two senior nurses disagreed about how to split heavy patients on weekends.\n" +
            "Action: I met each of them separately, then together, and we agreed an acuity score sheet.\n" +
            "Result: Complaints about assignments dropped from weekly to almost none.",
            Question);

        var learn = review.Parts.Single(p => p.Part == "What did you learn?");
        Assert.False(learn.Covered);
        Assert.Null(learn.Sentence);
    }

    [Fact]
    public void ReviewText_SingleAskQuestion_HasNoParts()
    {
        Assert.Empty(ReviewKit.Review(Stories.Retail, "Tell me about a time you improved a process.").Parts);
    }
}
