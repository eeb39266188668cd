
namespace StarCoach.Core.Tests.Review;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("I paused the pump. I called the pharmacist.", "I paused the pump.|I called the pharmacist.")]
    [InlineData("We used tools, e.g. Excel and SQL. It worked.", "We used tools, e.g. Excel and SQL.|It worked.")]
    [InlineData("Dr. Patel agreed. The ward adopted it!", "Dr. Patel agreed.|The ward adopted it!")]
    [InlineData("Sales rose 3.5% in May. Costs fell.", "Sales rose 3.5% in May.|Costs fell.")]
    [InlineData("He said “stop.” Then we stopped.", "He said “stop.”|Then we stopped.")]
    [InlineData("Steps:\n• I mapped the close\n• I built a template\n1. I trained two juniors", "Steps:|I mapped the close|I built a template|I trained two juniors")]
    [InlineData("The close was slow.\\n\\nHowever, I fixed it.", "The close was slow.|However, I fixed it.")]
    [InlineData("This was a long line that wraps\nonto the next line. Done.", "This was a long line that wraps\nonto the next line.|Done.")]
    [InlineData("First paragraph without a stop\n\nSecond paragraph", "First paragraph without a stop|Second paragraph")]
    public void Split_Text_FindsSentences(string text, string expected)
    {
        var analysis = ReviewKit.Analyze(text);

        var sentences = analysis.Sentences.Select(s => text[s.Start..s.End]);

        Assert.Equal(expected.Split('|'), sentences);
    }

    [Fact]
    public void Split_LabelledAnswer_LeavesLabelsOutOfSentencesAndWords()
    {
        var analysis = ReviewKit.Analyze("Situation: The ward was short-staffed.\nResult: Falls dropped by half.");

        Assert.Equal(["The ward was short-staffed.", "Falls dropped by half."], analysis.Sentences.Select(s => analysis.Text[s.Start..s.End]));
        Assert.Equal(8, analysis.WordCount);
    }
}
