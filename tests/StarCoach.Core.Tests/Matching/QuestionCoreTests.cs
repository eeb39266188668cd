using StarCoach.Core.Matching;

namespace StarCoach.Core.Tests.Matching;

public sealed class QuestionCoreTests
{
    [Theory]
    [InlineData("Tell me about a time you had to deal with an underperformer.", "had to deal with an underperformer.")]
    [InlineData("Can you give me an example of a situation where you disagreed with your manager?", "disagreed with your manager?")]
    [InlineData("Describe a time when you were asked to cut scope. What did you do? What was the outcome?", "were asked to cut scope.")]
    [InlineData("When was the last time you thought outside the box?", "thought outside the box?")]
    [InlineData("Have you ever missed a deadline?", "missed a deadline?")]
    [InlineData("Walk me through a situation where you pushed back on a design.", "pushed back on a design.")]
    [InlineData("Tell me about a failure.", "failure.")]
    public void Of_InterviewFormula_LeavesTheAsk(string question, string ask) =>
        Assert.Equal(ask, QuestionCore.Of(question));

    [Theory]
    [InlineData("How do you handle setbacks or failures?")]
    [InlineData("Why should we hire you?")]
    [InlineData("Shared ownership: how do you split on-call duties?")]
    public void Of_NoFormula_KeepsTheQuestion(string question) =>
        Assert.Equal(question, QuestionCore.Of(question));

    [Fact]
    public void Of_LongFollowUp_IsKept() =>
        Assert.Equal(
            "a calculated risk. What steps did you take to mitigate the risk?",
            QuestionCore.Of("Give me an example of a calculated risk. What steps did you take to mitigate the risk? What was the outcome?"));

    [Fact]
    public void Of_NothingLeft_KeepsTheWholeQuestion() =>
        Assert.Equal("Tell me about a time.", QuestionCore.Of("Tell me about a time."));
}
