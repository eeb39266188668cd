using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>The real prep document users bring: every question, answer and follow-up where a reader would put it.</summary>
public sealed class SeedDocumentImportTests
{
    private static readonly Lazy<Bank> Seed = new(() =>
    {
        var result = new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions));
        Assert.True(result.Succeeded, result.Error);
        return result.Bank;
    });

    private static Bank Bank => Seed.Value;

    private static Question QuestionStartingWith(string start) =>
        Assert.Single(Bank.Questions, q => q.Text.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public void Import_BehavioralQuestions_FindsAll34Questions()
    {
        Assert.Equal(34, Bank.Questions.Length);
        Assert.Equal("Behavioral Questions", Bank.Title);
    }

    [Fact]
    public void Import_BehavioralQuestions_KeepsEveryWord()
    {
        var source = File.ReadAllText(Seeds.Path(Seeds.BehavioralQuestions));

        Assert.Empty(WordCoverage.MissingWords(source, Bank));
    }

    [Theory]
    [InlineData("When was the last time you thought", "Thinking outside the box")]
    [InlineData("Tell me about a time you disagreed with a coworker", "Conflict Management")]
    [InlineData("What would you do if your manager gave you negative feedback", "Manager Disagreement")]
    [InlineData("Tell me about a problem that you’ve solved in a unique", "Creativity in problem solving")]
    [InlineData("Describe a time when you were asked to perform a task", "Values and Personality")]
    [InlineData("Tell me about a time you had to deliver on a tight deadline", "Ownership")]
    [InlineData("How do you handle setbacks or failures?", "Ownership")]
    [InlineData("Tell me about a time you simplified a complex process", "Invent and Simplify")]
    [InlineData("How have you worked on your weaknesses", "Invent and Simplify")]
    public void Import_BehavioralQuestions_PutsQuestionsUnderTheirCategoryHeading(string question, string category)
    {
        Assert.Equal(category, QuestionStartingWith(question).Category);
    }

    [Theory]
    [InlineData("When was the last time you thought", 3)]
    [InlineData("Give me an example of when you had to make a difficult decision", 2)]
    [InlineData("How do you balance innovation with practicality?", 2)]
    [InlineData("Describe a time you had to lead a team through a period", 2)]
    [InlineData("Tell me about a time you led a project that had a significant impact", 2)]
    [InlineData("Tell me about a time you raised the bar", 2)]
    [InlineData("How do you foster a culture of learning", 2)]
    [InlineData("Can you think of a time when you were able to get a project back on track", 2)]
    [InlineData("Tell me about a time you disagreed with a coworker", 1)]
    [InlineData("Tell me about a time you learned something new", 1)]
    public void Import_BehavioralQuestions_SplitsAnswersAtDoubleBlankLinesAndNewSituations(string question, int answers)
    {
        Assert.Equal(answers, QuestionStartingWith(question).Answers.Length);
    }

    [Fact]
    public void Import_FirstQuestion_HasThreeStarAnswersWithTheirOwnSituations()
    {
        var question = QuestionStartingWith("When was the last time you thought");

        Assert.All(question.Answers, a => Assert.Equal(AnswerKind.Star, a.Kind));
        Assert.Equal(["Situation", "Opportunity", "Action", "Result"], question.Answers[0].Sections.Select(s => s.Label));
        Assert.StartsWith("In our firm", question.Answers[0].Sections[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("The team I was managing", question.Answers[1].Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("Bedrock Knowledge Base", question.Answers[2].Sections[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NearDuplicateAnswers_AreReportedAsWarning()
    {
        var question = QuestionStartingWith("How do you balance innovation with practicality?");

        var diagnostic = Assert.Single(Bank.Diagnostics, d => d.Message.Contains("near-duplicates", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(question.Answers[1].SourceSpan.StartLine, diagnostic.Line);
    }

    [Fact]
    public void Import_AnswersWithoutLabels_AreFreeform()
    {
        var question = QuestionStartingWith("How do you foster a culture of learning");

        Assert.All(question.Answers, a => Assert.Equal(AnswerKind.Freeform, a.Kind));
        Assert.All(question.Answers, a => Assert.Empty(a.Sections));
        Assert.StartsWith("As someone aspiring to an IC6 role", question.Answers[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("As an IC6 at Meta", question.Answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CompressedResponse_IsASecondAnswerOfKindCompressed()
    {
        var question = QuestionStartingWith("Tell me about a time you had to influence a team");

        Assert.Equal([AnswerKind.Star, AnswerKind.Compressed], question.Answers.Select(a => a.Kind));
        var compressed = question.Answers[1];
        Assert.Equal("Compressed Response (keep responses from 1 minute to 90 seconds)", compressed.Label);
        Assert.Equal(["Situation", "Task", "Action", "Result"], compressed.Sections.Select(s => s.Label));
        Assert.StartsWith("75% of data scientists adopted Airflow", compressed.Sections[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_TellMeAboutYourself_IsAPitch()
    {
        var question = QuestionStartingWith("Tell me about yourself");

        var pitch = Assert.Single(question.Answers);
        Assert.Equal(AnswerKind.Pitch, pitch.Kind);
        Assert.StartsWith("I’m a seasoned ML Engineer", pitch.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_InstructionSuffix_IsSeparatedFromTheQuestion()
    {
        var question = QuestionStartingWith("How do you handle setbacks or failures?");

        Assert.Equal("How do you handle setbacks or failures?", question.Text);
        Assert.Equal("Answer at IC6 level with depth and details in STAR format", question.Instruction);
    }

    [Fact]
    public void Import_InterviewerFollowUps_AreAttachedToTheirQuestionWithAnswers()
    {
        var learned = QuestionStartingWith("Tell me about a time you learned something new");
        var wrong = QuestionStartingWith("Tell me about a time when you realized you were wrong");

        Assert.Equal(3, learned.FollowUps.Length);
        Assert.StartsWith("Can you explain more about this complex pipeline?", learned.FollowUps[0].Question, StringComparison.Ordinal);
        Assert.Equal("Excellent. This is a great project but I do not see it in the attached resume... why?", learned.FollowUps[1].Question);
        Assert.StartsWith("Your overall time in Google was just 8 months", learned.FollowUps[2].Question, StringComparison.Ordinal);
        Assert.All(learned.FollowUps, f => Assert.NotNull(f.Answer));
        Assert.StartsWith("You’re right to point that out", learned.FollowUps[1].Answer!.Text, StringComparison.Ordinal);
        Assert.Contains("relatively short (8 months)", learned.FollowUps[2].Answer!.Text, StringComparison.Ordinal);

        var fsdp = Assert.Single(wrong.FollowUps);
        Assert.StartsWith("Explain more about FSDP", fsdp.Question, StringComparison.Ordinal);
        Assert.Contains("Fully Sharded Data Parallelism", fsdp.Answer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_FollowUpAnswers_DoNotLeakIntoTheMainAnswer()
    {
        var learned = QuestionStartingWith("Tell me about a time you learned something new");

        var main = Assert.Single(learned.Answers);
        Assert.DoesNotContain("resume", main.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(main.SourceSpan.EndLine < learned.FollowUps[0].SourceSpan.StartLine);
    }

    [Fact]
    public void Import_PasteDamage_IsKeptAsWritten()
    {
        var question = QuestionStartingWith("Tell me about a time you disagreed with a coworker");

        Assert.Contains("low latency.\\n\\nHowever", question.Answers[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_IndentedResultLabel_StartsTheResultSection()
    {
        var question = QuestionStartingWith("Tell me about a time you disagreed with a coworker");

        Assert.Equal(["Situation", "Result"], question.Answers[0].Sections.Select(s => s.Label));
    }

    [Fact]
    public void Import_AnalysisAndOutcomeLabels_BecomeSections()
    {
        var question = QuestionStartingWith("How have you worked on your weaknesses");

        Assert.Equal(["Situation", "Analysis", "Action", "Outcome"], Assert.Single(question.Answers).Sections.Select(s => s.Label));
    }

    [Fact]
    public void Import_SourceSpans_PointAtTheQuestionAndAnswerLines()
    {
        var source = File.ReadAllLines(Seeds.Path(Seeds.BehavioralQuestions));

        foreach (var question in Bank.Questions)
        {
            Assert.StartsWith(question.Text[..Math.Min(20, question.Text.Length)], source[question.SourceSpan.StartLine - 1], StringComparison.Ordinal);
            foreach (var answer in question.Answers)
            {
                var firstLine = source[answer.SourceSpan.StartLine - 1].Trim();
                Assert.StartsWith(firstLine[..Math.Min(15, firstLine.Length)], answer.Text, StringComparison.Ordinal);
                Assert.InRange(answer.SourceSpan.EndLine, answer.SourceSpan.StartLine, question.SourceSpan.EndLine);
            }
        }
    }

    [Fact]
    public void Import_QuestionIds_AreStableAcrossImportsAndUnique()
    {
        var again = new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!;

        Assert.Equal(Bank.Questions.Select(q => q.Id), again.Questions.Select(q => q.Id));
        Assert.Equal(Bank.Questions.Length, Bank.Questions.Select(q => q.Id).Distinct().Count());
        var answerIds = Bank.Questions.SelectMany(q => q.Answers.Select(a => a.Id).Concat(q.FollowUps.Where(f => f.Answer is not null).Select(f => f.Answer!.Id))).ToList();
        Assert.Equal(answerIds.Count, answerIds.Distinct().Count());
    }

    [Fact]
    public void Import_TableOfContentsHeading_IsKeptAsideWithAReason()
    {
        var toc = Assert.Single(Bank.Unassigned, u => u.Text == "Table of Contents");

        Assert.Equal(3, toc.SourceSpan.StartLine);
        Assert.False(string.IsNullOrWhiteSpace(toc.Reason));
    }
}
