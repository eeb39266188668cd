using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => [.. SentenceSplitter.Split(text).Select(s => s.In(text))];

    [Fact]
    public void Split_BulletsAndLiteralNewlines_EndSentences()
    {
        var sentences = Sentences("Action: I did three things:\n  • Talked to users\n  • Cut scope\\n\\nResult: shipped on time");

        Assert.Equal(["Action: I did three things:", "Talked to users", "Cut scope", "Result: shipped on time"], sentences);
    }

    [Fact]
    public void Split_DecimalsAndAbbreviations_DoNotEndSentences()
    {
        var sentences = Sentences("Latency fell by 3.5 ms, e.g. on search. Then we shipped.");

        Assert.Equal(["Latency fell by 3.5 ms, e.g. on search.", "Then we shipped."], sentences);
    }

    [Fact]
    public void Split_LineWrappedMidSentence_KeepsOneSentence()
    {
        var sentences = Sentences("We moved the pipeline\nto the cloud in three weeks.");

        Assert.Single(sentences);
    }
}
