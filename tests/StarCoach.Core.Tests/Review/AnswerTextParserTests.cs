using StarCoach.Core.Banks;
using StarCoach.Core.Review;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Tests.Review;

public sealed class AnswerTextParserTests
{
    [Fact]
    public void Parse_LabelledText_FindsSectionsAsRegionsOfTheText()
    {
        const string text = "Told briefly.\n**Situation:** The ward was short.\n\nTask: Keep patients safe.\nAction:\n- I rebuilt the rota.\n- I asked for a float nurse.\nLessons learned: Ask early.";

        var (kind, regions) = AnswerTextParser.ParseRegions(text, pitchQuestion: false);

        Assert.Equal(AnswerKind.Star, kind);
        Assert.Equal([null, "Situation", "Task", "Action", "Lessons learned"], regions.Select(r => r.Label));
        Assert.Equal(["Told briefly.", "The ward was short.", "Keep patients safe.", "- I rebuilt the rota.\n- I asked for a float nurse.", "Ask early."],
            regions.Select(r => text[r.Start..r.End]));
        Assert.Equal([null, StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Reflection], regions.Select(r => r.Part));
    }

    [Fact]
    public void Parse_LabelledText_GivesSectionsAsImportDoes()
    {
        const string text = "Situation: The ward was short.\nAction:\n- I rebuilt the rota.\nResult: Falls halved.";

        var (_, sections) = AnswerTextParser.Parse(text, pitchQuestion: false);

        Assert.Equal([("Situation", "The ward was short."), ("Action", "- I rebuilt the rota."), ("Result", "Falls halved.")], sections.Select(s => (s.Label, s.Text)));
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
