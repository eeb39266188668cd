using StarCoach.Core.Banks;
using StarCoach.Core.Review;
using Xunit;

namespace StarCoach.Core.Tests.Review;

public sealed class AnswerTextParserTests
{
    [Fact]
    public void Parse_LabelledText_FindsSectionsAsSubstrings()
    {
        const string text = "**Situation:** The ward was short.\n\nTask: Keep patients safe.\nAction:\n- I rebuilt the rota.\n- I asked for a float nurse.\nLessons learned: Ask early.";

        var (kind, sections) = AnswerTextParser.Parse(text, pitchQuestion: false);

        Assert.Equal(AnswerKind.Star, kind);
        Assert.Equal(["Situation", "Task", "Action", "Lessons learned"], sections.Select(s => s.Label));
        Assert.All(sections, s => Assert.Contains(s.Text, text, StringComparison.Ordinal));
        Assert.Equal("- I rebuilt the rota.\n- I asked for a float nurse.", sections[2].Text);
    }

    [Theory]
    [InlineData("I rebuilt the rota and falls dropped.", false, AnswerKind.Freeform)]
    [InlineData("I'm a nurse with nine years in cardiac care.", true, AnswerKind.Pitch)]
    [InlineData("• Challenge: the ward was short.", false, AnswerKind.Freeform)]
    public void Parse_TextWithoutLabels_IsFreeformOrPitch(string text, bool pitch, AnswerKind expected)
    {
        Assert.Equal(expected, AnswerTextParser.Parse(text, pitch).Kind);
    }
}
