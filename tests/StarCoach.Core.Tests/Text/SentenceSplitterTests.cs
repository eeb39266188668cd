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

    [Fact]
    public void Split_TextTypedWithoutCapitals_EndsAtEveryFullStop()
    {
        var sentences = Sentences("we had mis-picks every week. i pulled the error reports myself. errors fell to 0.4% in six weeks. what i learned is to check the data.");

        Assert.Equal(["we had mis-picks every week.", "i pulled the error reports myself.", "errors fell to 0.4% in six weeks.", "what i learned is to check the data."], sentences);
    }

    [Fact]
    public void Split_LowercasePronounAfterFullStop_StartsASentence()
    {
        var sentences = Sentences("The rota was wrong again. i rang the agency. Two nurses came by 9pm.");

        Assert.Equal(["The rota was wrong again.", "i rang the agency.", "Two nurses came by 9pm."], sentences);
    }

    [Fact]
    public void Split_WriterWhoCapitalises_KeepsALowercaseWordAfterAnAbbreviationInItsSentence()
    {
        var sentences = Sentences("We cut costs, e.g. travel and hotels. Then we shipped.");

        Assert.Equal(["We cut costs, e.g. travel and hotels.", "Then we shipped."], sentences);
    }
}
