using System.Text;
using StarCoach.Core.Import;

namespace StarCoach.Core.Tests.Import;

/// <summary>What the CLI and the web app both show after an import: counts, what to check first, what was kept aside.</summary>
public sealed class ImportSummaryTests
{
    private static ImportSummary Summarise(string name, string text) =>
        ImportSummary.Of(new BankImporter().Import(name, Encoding.UTF8.GetBytes(text)).Bank!);

    [Fact]
    public void Of_QuestionReadFromLayout_IsListedFirstWithWhyAndNotRepeatedAsANote()
    {
        var summary = Summarise("prep.txt", ImportDocuments.Unsure);

        var item = Assert.Single(summary.CheckFirst);
        Assert.True(item.IsQuestion);
        Assert.Equal(11, item.Line);
        Assert.Equal("2. A time you trained a new colleague", item.Question.Text);
        Assert.Equal("because it is an item of a list of questions", item.Why);
        Assert.DoesNotContain(summary.Diagnostics, d => d.Line == 11);
        Assert.Equal((2, 2, 0), (summary.Questions, summary.Answers, summary.NearDuplicates));
        Assert.Equal([3, 5], summary.Passages.Select(p => p.SourceSpan.StartLine));
        Assert.False(summary.HasNoQuestions);
    }

    [Fact]
    public void Of_NearDuplicateAnswersAndMarkup_CountsThePairAndTheMarkupWithoutListingIt()
    {
        const string text = "Tell me about a time you led a team.\n\n"
            + "Situation: Our warehouse missed its targets. Action: I reorganised the shifts and trained the leads. Result: We hit target in six weeks.\n\n\n\n"
            + "Situation: Our warehouse missed its targets. Action: I reorganised the shifts and trained the leads. Result: We hit target in five weeks.\n\n"
            + "<div class=\"note\">\n\nKeep it short.\n\n</div>\n";

        var summary = Summarise("prep.md", text);

        Assert.Equal(1, summary.NearDuplicates);
        Assert.Equal(2, summary.MarkupPieces);
        Assert.Equal("Keep it short.", Assert.Single(summary.Passages).Text);
        Assert.Equal([(Banks.AnswerKind.Star, 2)], summary.AnswerKinds);
    }

    [Fact]
    public void Of_NoQuestion_SaysSoAndKeepsTheText()
    {
        var summary = Summarise("notes.txt", "Things to bring\n\nMy passport and two pens.\n");

        Assert.True(summary.HasNoQuestions);
        Assert.Contains("My passport and two pens.", Assert.Single(summary.Passages).Text, StringComparison.Ordinal);
        Assert.Empty(summary.CheckFirst);
    }

    [Fact]
    public void CorrectionOf_LongSpacedLine_KeepsAtMostTheLimitAndFindsTheSameLine()
    {
        var line = string.Concat(Enumerable.Repeat("Situation:\t our   depot ", 40));

        var correction = ImportCorrection.Of(CorrectionKind.SplitAnswer, line);

        Assert.InRange(correction.Line.Length, 1, ImportCorrection.MaxLineLength);
        Assert.Equal(ImportCorrection.KeyOf(line), correction.Key);
        Assert.StartsWith("Situation: our depot Situation:", correction.Line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("question", CorrectionKind.Question)]
    [InlineData("notQuestion", CorrectionKind.NotQuestion)]
    [InlineData("SPLITANSWER", CorrectionKind.SplitAnswer)]
    [InlineData("mergeAnswer", CorrectionKind.MergeAnswer)]
    [InlineData("notes", CorrectionKind.Notes)]
    public void TryParseKind_NamedKind_IsRead(string name, CorrectionKind expected)
    {
        Assert.True(ImportCorrection.TryParseKind(name, out var kind));
        Assert.Equal(expected, kind);
        Assert.True(ImportCorrection.TryParseKind(ImportCorrection.KindName(kind), out var again));
        Assert.Equal(kind, again);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("question, notes")]
    [InlineData("rename")]
    public void TryParseKind_AnythingElse_IsRefused(string? name) =>
        Assert.False(ImportCorrection.TryParseKind(name, out _));
}
