using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.PlainText;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>Small documents in the shapes other people's prep files take, beyond the seeds.</summary>
public sealed class PlainTextImportExamplesTests
{
    private static Bank Import(string text)
    {
        var bank = new PlainTextImporter().Import(SourceDocument.FromText("prep.txt", text)).Bank!;
        Assert.Empty(WordCoverage.MissingWords(text, bank));
        return bank;
    }

    [Theory]
    [InlineData("Give me an example of when you challenged the status quo")]
    [InlineData("Tell me about a time you simplified a complex process or problem.")]
    [InlineData("Why do you want to work in retail banking?")]
    [InlineData("What is your greatest weakness?")]
    [InlineData("Walk me through a lesson plan that did not go as planned")]
    [InlineData("1. Tell me about a time you calmed an upset guest.")]
    public void Import_QuestionLine_IsRecognisedWithOrWithoutQuestionMark(string question)
    {
        var bank = Import($"{question}\n\nSituation: Our depot missed two deliveries in a row.\n\nResult: We were back on time within a week.\n");

        Assert.Equal(question, Assert.Single(bank.Questions).Text);
    }

    [Theory]
    [InlineData("Q: Describe a time you had to learn a new system quickly.", "Describe a time you had to learn a new system quickly.")]
    [InlineData("Question 3: How do you calm an angry guest?", "How do you calm an angry guest?")]
    [InlineData("STAR Question 4 : Tell me about a time you missed a deadline", "Tell me about a time you missed a deadline")]
    [InlineData("**Example Question**: \"Tell me about a time you disagreed with your charge nurse.\"", "Tell me about a time you disagreed with your charge nurse.")]
    [InlineData("Criterion: Demonstrate your ability to deliver results in a complex environment.", "Demonstrate your ability to deliver results in a complex environment.")]
    public void Import_LabelledQuestionLine_LeavesTheLabelOutOfTheQuestion(string line, string question)
    {
        var bank = Import($"{line}\n\nSituation: Our depot missed two deliveries in a row.\n\nResult: We were back on time within a week.\n");

        var imported = Assert.Single(bank.Questions);
        Assert.Equal(question, imported.Text);
        Assert.Contains(bank.Unassigned, u => line.StartsWith(u.Text.TrimEnd(':', ' '), StringComparison.Ordinal) || line.Contains(u.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("How do you handle setbacks? Answer at IC6 level with depth and details in STAR format", "How do you handle setbacks?", "Answer at IC6 level with depth and details in STAR format")]
    [InlineData("Tell me about a time you failed. Please use the STAR format.", "Tell me about a time you failed.", "Please use the STAR format.")]
    [InlineData("Why this school? (2 minutes max)", "Why this school?", "(2 minutes max)")]
    [InlineData("Tell me about a conflict with a colleague. How did you resolve it?", "Tell me about a conflict with a colleague. How did you resolve it?", null)]
    public void Import_InstructionSuffix_IsSeparated(string line, string question, string? instruction)
    {
        var imported = Assert.Single(Import($"{line}\n\nI once had to step in for a colleague at short notice.\n").Questions);

        Assert.Equal(question, imported.Text);
        Assert.Equal(instruction, imported.Instruction);
    }

    [Fact]
    public void Import_NumberedQuestionsWithLabelledAnswers_AreSeparateQuestions()
    {
        var bank = Import("""
            1. Tell me about a time you had to deliver bad news to a client.

            Situation: A shipment of 400 school laptops was stuck in customs a week before term.
            Task: I had to tell the head teacher and offer a plan.
            Action: I called her the same morning, explained the cause and arranged 60 loan devices.
            Result: Classes started on time and the school renewed our contract.

            2. Describe a time you improved a process.

            Situation: Month-end close took our finance team nine days.
            Action: I automated the bank reconciliations with a shared template.
            Result: Close dropped to five days.
            """);

        Assert.Equal(2, bank.Questions.Length);
        Assert.Equal(["Situation", "Task", "Action", "Result"], Assert.Single(bank.Questions[0].Answers).Sections.Select(s => s.Label));
        Assert.Equal(["Situation", "Action", "Result"], Assert.Single(bank.Questions[1].Answers).Sections.Select(s => s.Label));
    }

    [Fact]
    public void Import_NewSituationLabel_StartsASecondAnswerWithoutABlankLine()
    {
        var bank = Import("""
            Tell me about a time you went above and beyond for a customer.

            Situation: A regular at our café lost her purse.
            Result: She found it thanks to our CCTV.
            Situation: A tourist missed the last bus.
            Result: I called him a taxi and he made his flight.
            """);

        var answers = Assert.Single(bank.Questions).Answers;
        Assert.Equal(2, answers.Length);
        Assert.StartsWith("Situation: A tourist", answers[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DoubleSpacedDocument_DoesNotSplitEveryParagraph()
    {
        var bank = Import("""
            Tell me about a time you led without authority.


            Situation: Our hospital ward had no handover standard.


            Action: I drafted a checklist with two senior nurses and trialled it for a month.


            Result: Handover errors fell from 12 to 3 a month.




            Tell me about a time you failed.


            I misjudged how long a stock count would take and the shop opened late.


            I now plan counts with a buffer and ask for help earlier.
            """);

        Assert.Equal(2, bank.Questions.Length);
        Assert.Equal(3, Assert.Single(bank.Questions[0].Answers).Sections.Length);
        Assert.Equal(AnswerKind.Freeform, Assert.Single(bank.Questions[1].Answers).Kind);
    }

    [Fact]
    public void Import_InlineFollowUp_IsAttachedWithItsAnswer()
    {
        var bank = Import("""
            Tell me about a time you handled a difficult parent.

            Situation: A parent emailed the head twice about her son's grades.
            Result: After a meeting with a clear plan, she thanked me at parents' evening.

            Follow-up: How did you prepare for the meeting?

            I gathered three months of marked work and a short improvement plan.
            """);

        var question = Assert.Single(bank.Questions);
        var followUp = Assert.Single(question.FollowUps);
        Assert.Equal("How did you prepare for the meeting?", followUp.Question);
        Assert.StartsWith("I gathered three months", followUp.Answer!.Text, StringComparison.Ordinal);
        Assert.Single(question.Answers);
    }

    [Fact]
    public void Import_QuestionAfterATellingResult_IsAFollowUpNotANewQuestion()
    {
        var bank = Import("""
            Describe a time you reduced costs.

            Situation: Our warehouse paid for overtime every weekend.
            Action: I re-sequenced the pick waves.
            Result: Overtime fell by 40% in one quarter.

            That sounds great, but how did you get the union on board?

            I invited the shop steward to the planning sessions from the first week.
            """);

        var question = Assert.Single(bank.Questions);
        Assert.Equal("That sounds great, but how did you get the union on board?", Assert.Single(question.FollowUps).Question);
    }

    [Fact]
    public void Import_FirstPersonLineStartingLikeAPrompt_StaysInTheAnswer()
    {
        var bank = Import("""
            Tell me about a time you changed your mind.

            Situation: I was sure our bakery should open on Sundays.

            How we decided: I ran a two-month trial and tracked takings.

            Result: Sundays made 30% of weekly sales, so we kept them.
            """);

        var answer = Assert.Single(Assert.Single(bank.Questions).Answers);
        Assert.Contains("How we decided", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_CategoryHeadingAndPreamble_AreCategoryAndUnassigned()
    {
        var bank = Import("""
            My interview notes - keep this private

            These are drafts, to be polished.

            Leadership

            Tell me about a time you motivated a team.

            Our call centre team had the lowest scores in the region, so I set weekly targets with them.
            """);

        Assert.Equal("Leadership", Assert.Single(bank.Questions).Category);
        Assert.Equal("My interview notes - keep this private", bank.Title);
        Assert.Contains(bank.Unassigned, u => u.Text == "These are drafts, to be polished." && u.SourceSpan.StartLine == 3);
    }

    [Fact]
    public void Import_WindowsLineEndings_KeepLineNumbers()
    {
        var bank = Import("Leadership\r\n\r\nTell me about a time you led a change.\r\n\r\nSituation: Our store moved to self-checkout.\r\n");

        var question = Assert.Single(bank.Questions);
        Assert.Equal(3, question.SourceSpan.StartLine);
        Assert.Equal(5, question.Answers[0].SourceSpan.StartLine);
    }

    [Fact]
    public void Import_QuestionWithoutAnswer_IsKeptWithAnInfoDiagnostic()
    {
        var bank = Import("Tell me about a time you failed.\n\nWhy do you want this job?\n\nBecause I love logistics.\n");

        Assert.Equal(2, bank.Questions.Length);
        Assert.Empty(bank.Questions[0].Answers);
        Assert.Contains(bank.Diagnostics, d => d.Severity == DiagnosticSeverity.Info && d.Line == 1);
    }

    [Fact]
    public void Import_TextWithNoQuestions_KeepsEverythingAsUnassigned()
    {
        var bank = Import("Shopping list\n\nmilk, eggs, bread\n\nCall the dentist on Monday.\n");

        Assert.Empty(bank.Questions);
        Assert.NotEmpty(bank.Unassigned);
    }
    [Theory]
    [InlineData("== Teamwork ==")]
    [InlineData("# Teamwork")]
    [InlineData("## Teamwork ##")]
    [InlineData("--- Teamwork ---")]
    [InlineData("~~ Teamwork ~~")]
    public void Import_HeadingMarkedUpInPlainText_IsTheCategory(string heading)
    {
        var bank = Import($"""
            {heading}

            Describe a time you worked with a difficult colleague.
            I asked her for coffee and we wrote a handover checklist together.

            Tell me about a conflict with a manager.
            I showed him the overnight chart and he agreed to a second review.
            """);

        Assert.Equal(2, bank.Questions.Length);
        Assert.All(bank.Questions, question => Assert.Equal("Teamwork", question.Category));
        Assert.Empty(bank.Unassigned);
    }

    [Fact]
    public void Import_StarInitials_AreLabelsInSequence()
    {
        var bank = Import("""
            Describe a time you worked with a difficult colleague

            S - On night shift a senior nurse regularly skipped handover checks.
            T - As the new charge nurse I needed safe handovers without a feud.
            A - I asked her for coffee and we co-wrote a five-minute checklist.
            R - Missed medication incidents fell from 6 to 1 per quarter.
            """);

        var answer = Assert.Single(Assert.Single(bank.Questions).Answers);
        Assert.Equal(AnswerKind.Star, answer.Kind);
        Assert.Equal(["S", "T", "A", "R"], answer.Sections.Select(s => s.Label));
    }

    [Fact]
    public void Import_AnswerMarkedA_InAQuestionAndAnswerDocument_IsNotAnAction()
    {
        var bank = Import("""
            Q: Describe a time you had to learn a new system quickly.
            A: When our ward moved to electronic records I learned the system in a week and trained six colleagues.
            """);

        var answer = Assert.Single(Assert.Single(bank.Questions).Answers);
        Assert.Equal(AnswerKind.Freeform, answer.Kind);
        Assert.Empty(answer.Sections.Where(s => s.Label == "A"));
    }
}
