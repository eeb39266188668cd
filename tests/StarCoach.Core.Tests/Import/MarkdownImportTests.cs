using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Markdown;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>A Markdown prep document in a different style from the seeds (a nurse's, with headings and bold labels).</summary>
public sealed class MarkdownImportTests
{
    private static readonly Lazy<Bank> Nurse = new(() =>
    {
        var result = new BankImporter().ImportFile(Seeds.Fixture("nurse-prep.md"));
        Assert.True(result.Succeeded, result.Error);
        return result.Bank;
    });

    private static Bank Bank => Nurse.Value;

    private static Bank ImportMarkdown(string markdown) =>
        new MarkdownImporter().Import(SourceDocument.FromText("doc.md", markdown)).Bank!;

    [Fact]
    public void Import_NursePrep_FindsQuestionsUnderCategoryHeadings()
    {
        Assert.Equal("Interview prep — Charge Nurse, Riverside General", Bank.Title);
        Assert.Equal(
            ["Patient safety", "Patient safety", "Teamwork and conflict", null],
            Bank.Questions.Select(q => q.Category));
        Assert.Equal("Tell me about a time you caught a mistake before it reached a patient.", Bank.Questions[0].Text);
    }

    [Fact]
    public void Import_BoldLabels_BecomeSectionsAndListsStayInside()
    {
        var answer = Assert.Single(Bank.Questions[0].Answers);

        Assert.Equal(AnswerKind.Star, answer.Kind);
        Assert.Equal(["Situation", "Task", "Action", "Result", "Lessons learned"], answer.Sections.Select(s => s.Label));
        Assert.Contains("- The pump had been programmed with the weight in pounds", answer.Sections[2].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FollowUpLine_AttachesQuestionAndAnswer()
    {
        var followUp = Assert.Single(Bank.Questions[0].FollowUps);

        Assert.Equal("How did the graduate nurse react to being corrected?", followUp.Question);
        Assert.StartsWith("She was embarrassed at first.", followUp.Answer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CompressedVersionHeading_StartsACompressedAnswer()
    {
        var answers = Bank.Questions[1].Answers;

        Assert.Equal([AnswerKind.Star, AnswerKind.Compressed], answers.Select(a => a.Kind));
        Assert.Equal("Compressed version", answers[1].Label);
        Assert.Contains("stopped an unsafe Friday discharge", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_UnlabelledParagraphs_AreOneFreeformAnswerWithFollowUpBlock()
    {
        var question = Bank.Questions[2];

        var answer = Assert.Single(question.Answers);
        Assert.Equal(AnswerKind.Freeform, answer.Kind);
        Assert.Contains("acuity score sheet", answer.Text, StringComparison.Ordinal);
        var followUp = Assert.Single(question.FollowUps);
        Assert.Equal("What would you do differently?", followUp.Question);
    }

    [Fact]
    public void Import_PitchHeading_IsAPitchOutsideTheCategory()
    {
        var pitch = Bank.Questions[3];

        Assert.Equal("Tell me about yourself", pitch.Text);
        Assert.Equal(AnswerKind.Pitch, Assert.Single(pitch.Answers).Kind);
    }

    [Fact]
    public void Import_NotesSection_IsKeptAsideNotAttached()
    {
        var notes = Assert.Single(Bank.Unassigned, u => u.Text.StartsWith("Notes", StringComparison.Ordinal));

        Assert.Contains("Bring the near-miss report number.", notes.Text, StringComparison.Ordinal);
        Assert.Contains("Notes", notes.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("near-miss report number", Bank.Questions[3].Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NursePrep_KeepsEveryWord()
    {
        Assert.Empty(WordCoverage.MissingMarkdownWords(File.ReadAllText(Seeds.Fixture("nurse-prep.md")), Bank));
    }

    [Fact]
    public void Import_SourceLines_AreMarkdownSourceLines()
    {
        var lines = File.ReadAllLines(Seeds.Fixture("nurse-prep.md"));

        var question = Bank.Questions[1];
        Assert.Contains("advocate for a patient", lines[question.SourceSpan.StartLine - 1], StringComparison.Ordinal);
        Assert.StartsWith("#### Compressed version", lines[question.Answers[1].SourceSpan.StartLine - 1], StringComparison.Ordinal);
    }

    [Fact]
    public void Import_QuestionsAsBoldParagraphs_AreFound()
    {
        var bank = ImportMarkdown("""
            **Tell me about a time you handled an angry customer.**

            Situation: A customer at our store was furious that a pre-ordered console had been sold to someone else.

            Result: She left with a replacement and a voucher, and later wrote a five-star review.
            """);

        var question = Assert.Single(bank.Questions);
        Assert.Equal("Tell me about a time you handled an angry customer.", question.Text);
        Assert.Equal(["Situation", "Result"], Assert.Single(question.Answers).Sections.Select(s => s.Label));
    }

    [Fact]
    public void Import_LinksAndCode_KeepTheirWords()
    {
        const string markdown = """
            ## Describe a project you are proud of.

            I built the [rota planner](https://example.org/rota) in `Excel VBA` for our ward.
            """;
        var bank = ImportMarkdown(markdown);

        Assert.Empty(WordCoverage.MissingMarkdownWords(markdown, bank));
        Assert.Contains("rota planner (https://example.org/rota)", bank.Questions[0].Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DeeplyNestedQuotes_AreRefusedWithTheLine()
    {
        var markdown = "# Prep\n\n" + new string('>', 5000) + " nested\n";

        var result = new MarkdownImporter().Import(SourceDocument.FromText("deep.md", markdown));

        Assert.False(result.Succeeded);
        Assert.Contains("deep.md", result.Error, StringComparison.Ordinal);
        Assert.Contains("line 3", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- ", 100)]
    [InlineData("* ", 100)]
    [InlineData("+ ", 1000)]
    [InlineData("1. ", 100)]
    [InlineData("> - ", 50)]
    [InlineData("- ", 10_000)]
    public void Import_ListMarkersRepeatedOnOneLine_AreRefusedWithTheLine(string marker, int times)
    {
        var markdown = "# Prep\n\n" + string.Concat(Enumerable.Repeat(marker, times)) + "nested\n";

        var result = new BankImporter().Import("markers.md", System.Text.Encoding.UTF8.GetBytes(markdown));

        Assert.False(result.Succeeded);
        Assert.StartsWith("markers.md: Markdown nested more than 64 levels deep at line 3;", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_ListNestedTwoColumnsALevel_IsRefusedWithTheLine()
    {
        // Two spaces of indentation are enough for a level of list: 126 levels in 250 columns.
        var markdown = "# Prep\n\n" + string.Concat(Enumerable.Range(0, 126).Select(level => new string(' ', 2 * level) + "- item\n"));

        var result = new BankImporter().Import("indented.md", System.Text.Encoding.UTF8.GetBytes(markdown));

        Assert.False(result.Succeeded);
        Assert.StartsWith("indented.md: Markdown nested more than 64 levels deep at line ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- - -\n\n* * *\n")]
    [InlineData("1. 2. 3. three markers open three lists\n")]
    [InlineData("            - twelve spaces in, a list six levels deep at most\n")]
    [InlineData("                                                                                                                                    deep code, 132 columns in\n")]
    public void Import_ShallowMarkersAndIndentedCode_AreRead(string line)
    {
        var markdown = "## Tell me about a time you failed.\n\n" + line;

        var result = new MarkdownImporter().Import(SourceDocument.FromText("shallow.md", markdown));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void Import_DeeplyNestedBracketsAndEmphasis_DoNotCrash()
    {
        var markdown = "## Tell me about a time you failed.\n\n" + string.Concat(Enumerable.Repeat("*a _b ", 3000)) + "\n";

        var result = new MarkdownImporter().Import(SourceDocument.FromText("emphasis.md", markdown));

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(WordCoverage.MissingMarkdownWords(markdown, result.Bank));
    }
    [Fact]
    public void Import_ListItemWithAnEmptyQuote_KeepsItsNumber()
    {
        // Found by the lossless property: the item's only content is an empty block quote.
        const string markdown = "Notes\n\n1)\t>\n\n2) Bring the rota.\n";

        var bank = ImportMarkdown(markdown);

        Assert.Empty(WordCoverage.MissingMarkdownWords(markdown, bank));
    }
}
