using System.Text;
using StarCoach.Core.Import;

namespace StarCoach.Core.Tests.Import;

/// <summary>Corrections a user makes to an import, found again by their line's words after the file is edited.</summary>
public sealed class ImportCorrectionTests
{
    private const string Document = """
        Retail prep

        Customer complaints

        I calmed a customer whose order had gone missing twice by calling the depot while she waited.

        Tell me about a time you worked under pressure.

        Situation: Our store lost two staff on Black Friday.
        Result: We served every customer within ten minutes.

        Situation: A fire alarm emptied the shop at noon.
        Result: We reopened in twenty minutes without losing a sale.
        """;

    private static ImportResult Import(string text, params ImportCorrection[] corrections) =>
        new BankImporter().Import("prep.txt", Encoding.UTF8.GetBytes(text), new ImportCorrections(corrections));

    [Fact]
    public void Import_MarkedQuestion_OpensAQuestionThatSurvivesAnEditElsewhere()
    {
        var corrections = new[] { new ImportCorrection(CorrectionKind.Question, "Customer complaints") };

        var first = Import(Document, corrections).Bank!;
        var edited = Import(Document.Replace("ten minutes", "eight minutes", StringComparison.Ordinal) + "\nThanks for reading!\n", corrections).Bank!;

        foreach (var bank in new[] { first, edited })
        {
            var question = Assert.Single(bank.Questions, q => q.Text == "Customer complaints");
            Assert.StartsWith("I calmed a customer", Assert.Single(question.Answers).Text, StringComparison.Ordinal);
            Assert.Equal(1.0, question.Confidence);
        }
    }

    [Fact]
    public void Import_MergeAndSplit_ChangeWhereAnswersStart()
    {
        var merged = Import(Document, new ImportCorrection(CorrectionKind.MergeAnswer, "Situation: A fire alarm emptied the shop at noon.")).Bank!;
        var split = Import(Document, new ImportCorrection(CorrectionKind.SplitAnswer, "Result: We served every customer within ten minutes.")).Bank!;

        Assert.Single(Assert.Single(merged.Questions, q => q.Text.StartsWith("Tell me", StringComparison.Ordinal)).Answers);
        Assert.Equal(3, Assert.Single(split.Questions, q => q.Text.StartsWith("Tell me", StringComparison.Ordinal)).Answers.Length);
    }

    [Fact]
    public void Import_NotAQuestionAndNotes_KeepTheLineOutOfTheQuestions()
    {
        var bank = Import(Document,
            new ImportCorrection(CorrectionKind.NotQuestion, "Tell me about a time you worked under pressure."),
            new ImportCorrection(CorrectionKind.Notes, "Situation: A fire alarm emptied the shop at noon.")).Bank!;

        Assert.DoesNotContain(bank.Questions, q => q.Text.StartsWith("Tell me", StringComparison.Ordinal));
        Assert.Contains(bank.Unassigned, u => u.Reason.Contains("moved this to notes", StringComparison.Ordinal));
    }

    [Fact]
    public void LineAt_NamesTheUnitThatStartsOnTheLine()
    {
        var bytes = Encoding.UTF8.GetBytes(Document);

        Assert.Equal("Customer complaints", new BankImporter().LineAt("prep.txt", bytes, 3));
        Assert.Equal("Situation: Our store lost two staff on Black Friday.", new BankImporter().LineAt("prep.txt", bytes, 9));
    }
}
