using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>
/// One small document per layout the outline rules read, written for these tests in the shapes real prep documents
/// take (HTML collapsibles, Q/A pairs, inline labels, prep grids, fences, topic headings, advice around answers …).
/// Each case gives the questions a reader finds, with each question's answer count and the sections of its first
/// answer, and every case must keep every word.
/// </summary>
public sealed class LayoutExamplesTests
{
    /// <summary>A layout: the file, its text, and "question | answers | sections" per question a reader finds.</summary>
    public sealed record Layout(string Name, string File, string Text, string[] Expected)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Layout> Layouts() =>
    [
        new Layout("HTML collapsibles with a summary per question", "stories.md", """
            # Stories

            <details>
            <summary>Tell me about a time you calmed an angry patient.</summary>

            <b>Situation:</b> A relative shouted at the nurses' station during the night shift.<br>
            <b>Action:</b> I took him to the family room and listened before I explained the delay.<br>
            <b>Result:</b> He apologised to the team and thanked us at discharge.

            </details>

            <details><summary><strong>Q2: Describe a time you missed a deadline</strong></summary>
            <p>I promised a quarterly report by Friday and delivered it on Monday because I misjudged the data work.</p>
            </details>
            """,
            ["Tell me about a time you calmed an angry patient. | 1 | Situation,Action,Result", "Describe a time you missed a deadline | 1 | "]),

        new Layout("Q/A pairs without blank lines", "qa.txt", """
            Q: Why do you want to teach at this school?
            A: I trained here as a student teacher and the maths department's coaching model is why I stayed in teaching.
            Q: Tell me about a lesson that went wrong.
            A: My first algebra lesson with Year 9 lost the class in ten minutes, so I rebuilt it around a card sort.
            """,
            ["Why do you want to teach at this school? | 1 | ", "Tell me about a lesson that went wrong. | 1 | "]),

        new Layout("STAR labels inline in one paragraph", "inline.txt", """
            Tell me about a time you improved a process.

            Situation: Our bakery threw away 15% of its bread every evening. Task: I was asked to cut waste before the summer. Action: I moved the last bake two hours earlier and priced the leftovers at six. Result: Waste fell to 4% within a month.
            """,
            ["Tell me about a time you improved a process. | 1 | Situation,Task,Action,Result"]),

        new Layout("abbreviated bullets with a lesson", "bullets.md", """
            ## Tell me about a conflict with a colleague

            - S: Two pharmacists disagreed about the weekend rota.
            - T: I had to settle it before the bank holiday.
            - A: I met each of them, then proposed alternating weekends.
            - R: Both agreed and the rota has held for a year.
            - L: I now ask for the constraints before proposing a fix.
            """,
            ["Tell me about a conflict with a colleague | 1 | S,T,A,R,L"]),

        new Layout("upper-case labels with timings in block quotes", "guide.md", """
            **Question:** "Tell me about a time you failed"

            **SITUATION** (15 seconds):
            > "I ran the launch of a loyalty card for our store."

            **ACTION / What Went Wrong** (30 seconds):
            > "I skipped the pilot to hit the date, and the tills rejected half of the cards."

            **WHAT I LEARNED** (30 seconds):
            > "Now I pilot every change in one store first."
            """,
            ["Tell me about a time you failed | 1 | SITUATION,ACTION / What Went Wrong,WHAT I LEARNED"]),

        new Layout("a prep grid table", "grid.md", """
            | Question | My story |
            |----------|----------|
            | Tell me about a time you led without authority. | I organised the volunteers for our hospital's flu clinic and we vaccinated 900 staff in a week. |
            | Why do you want this role? | I want to run a ward, and your trust trains its managers. |
            """,
            ["Tell me about a time you led without authority. | 1 | ", "Why do you want this role? | 1 | "]),

        new Layout("notes in a code fence", "fence.md", """
            ## Describe a time you handled a safety incident

            ```text
            Situation: A forklift clipped a rack in aisle 4 on my shift.
            Action: I closed the aisle, checked the driver and called the racking inspector.
            Result: No one was hurt and the aisle reopened the next day.
            ```
            """,
            ["Describe a time you handled a safety incident | 1 | Situation,Action,Result"]),

        new Layout("topic headings with a story under them", "topics.md", """
            # My prep

            ## Conflict

            I disagreed with our head chef about the new menu, so I cooked both versions for the staff tasting and we chose by vote.

            ## Failure

            I ordered stock for a festival that was cancelled, and we lost two thousand pounds before I renegotiated with the supplier.
            """,
            ["Conflict | 1 | ", "Failure | 1 | "]),

        new Layout("a list of questions with answers under its items", "list.txt", """
            Common questions

            - What are you proud of?
                Opening our second shop on time and under budget.
            - How do you deal with conflict?
                I talk to the person first, privately, and I bring facts.
            - Why this company?
            """,
            ["What are you proud of? | 1 | ", "How do you deal with conflict? | 1 | ", "Why this company? | 0 | "]),

        new Layout("advice and a sample answer around a question", "page.txt", """
            Why do you want to be a nurse?

            Interviewers ask this question to understand your motivation. Be honest and specific about what draws you to the role.

            Example: "I cared for my grandmother through her last year and saw how the district nurses gave her back her independence. I want to do that for other families."

            What not to say
            - Avoid saying it is just a stable job.
            """,
            ["Why do you want to be a nurse? | 1 | "]),

        new Layout("a weak and a strong example", "pair.md", """
            ### Tell me about a time you used data to decide

            ❌ Bad answer: "I always use data in my work."

            ✅ Good answer: "I compared six months of returns by supplier, dropped the worst two and cut returns by a third."
            """,
            ["Tell me about a time you used data to decide | 1 | "]),

        new Layout("an empty STAR template after a filled one", "template.md", """
            ## Story A: the delayed shipment

            **S:** Our biggest client's order was stuck in customs a week before their launch.
            **T:** I had to get it released or find stock elsewhere.
            **A:** I called the broker daily and borrowed forty units from our Dublin warehouse.
            **R:** The client launched on time and renewed for two years.

            ### Your version

            **S:**
            **T:**
            **A:**
            **R:**
            """,
            ["Story A: the delayed shipment | 1 | S,T,A,R"]),

        new Layout("numbered statements as questions", "numbered.txt", """
            1. A time when you had to learn something fast

            I learned the new till system over a weekend and trained the Saturday staff on Monday.

            2. How do you handle a queue of angry customers?

            I open a second till and talk to the queue so nobody waits without knowing why.

            3. The last time you made a mistake with cash
            """,
            ["A time when you had to learn something fast | 1 | ", "How do you handle a queue of angry customers? | 1 | ", "The last time you made a mistake with cash | 0 | "]),

        new Layout("a dialogue between interviewer and candidate", "dialogue.txt", """
            Interviewer: Tell me about a time you motivated a tired team.

            Me: During stocktake week I brought breakfast in and split the counts into races between pairs, and we finished a day early.

            Interviewer: Why does that matter to you?

            Me: Because a tired team makes mistakes we pay for later.
            """,
            ["Tell me about a time you motivated a tired team. | 1 | "]),
        new Layout("story notes under plain title lines, no headings or questions", "notes.txt", """
            The rota dispute

            - Two senior nurses both wanted the Christmas shifts off.
            - I sat them down together and we listed every shift from the 20th to the 2nd.
            - I offered to take one of the nights myself, and they split the rest.

            A failed rollout
            - We moved the ward to the new drug chart in one weekend.
            - I had not trained the night staff, so two doses were late on the Monday.
            - I ran extra sessions at 6 am and we phased the next ward in over a fortnight.
            """,
            ["The rota dispute | 1 | ", "A failed rollout | 1 | "]),
        new Layout("a label over a screenshot, then the labelled answer", "feedback.md", """
            ### Question: How do you handle a rush at the counter?

            **Coach's notes:**

            ![Coach notes screenshot](images/rush-notes.png)

            **Answer (STAR):**
            - S: On my first Saturday the pharmacy queue reached the door.
            - T: I had to keep prescriptions moving without mistakes.
            - A: I sorted the queue into collections and new scripts and called the second pharmacist from stock.
            - R: Waits fell from forty minutes to fifteen by noon.
            """,
            ["How do you handle a rush at the counter? | 1 | S,T,A,R"]),
        new Layout("a word processor's bullets pasted as a dot and a tab, in Portuguese", "perguntas.md", """
            ## Perguntas comportamentais

            .	Conte sobre uma vez em que você resolveu um conflito na equipe.

            .	Descreva um momento em que você liderou um projeto.

            .	Como você lida com prazos curtos?
            """,
            ["Conte sobre uma vez em que você resolveu um conflito na equipe. | 0 | ", "Descreva um momento em que você liderou um projeto. | 0 | ", "Como você lida com prazos curtos? | 0 | "]),
        new Layout("numbered questions with why-asked notes, a sample answer and tips each", "page.txt", """
            Common interview questions

            1. Tell me about a time you handled a complaint at the bar.

            Why this is asked:

            Managers want to see that you stay calm with an unhappy guest.

            Example answer:

            A guest said his steak was cold, so I apologised, had it replaced at once and took the dessert off his bill.

            Tips:
              • Keep it short
              • End with what changed

            2. How would you handle a rush at closing time?

            Why this is asked:

            It tests whether you can prioritise.

            Example answer:

            I'd serve the tables that had waited longest first and tell the others how long it would be.
            """,
            ["Tell me about a time you handled a complaint at the bar. | 1 | ", "How would you handle a rush at closing time? | 1 | "]),
        new Layout("Q/A pairs inside a collapsible whose toggle says click to expand", "faq.md", """
            # Practice answers

            <details>
            <summary>Click to expand</summary>

            Q: Why do you want to work nights?
            A: I care for my father in the day, and nights let me give the ward my full attention.

            Q: Tell me about a time you caught an error.
            A: I noticed a dose written in grams instead of milligrams and stopped it before the round.

            </details>
            """,
            ["Why do you want to work nights? | 1 | ", "Tell me about a time you caught an error. | 1 | "]),
        new Layout("a question page with its counter", "page5.txt", """
            Question 5 of 50 for our Pharmacy Mock Interview

            Question 5 of 50

            Why did you choose pharmacy?

            I worked weekends at a village chemist at sixteen and saw how much people relied on the pharmacist.
            """,
            ["Why did you choose pharmacy? | 1 | "]),
    ];

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Import_Layout_FindsWhatAReaderFinds(Layout layout)
    {
        var result = new BankImporter().Import(layout.File, Encoding.UTF8.GetBytes(layout.Text));

        Assert.True(result.Succeeded, result.Error);
        var found = result.Bank.Questions.Select(Describe).ToArray();
        Assert.Equal(layout.Expected, found);
        var missing = layout.File.EndsWith(".md", StringComparison.Ordinal)
            ? WordCoverage.MissingMarkdownWords(layout.Text, result.Bank)
            : WordCoverage.MissingWords(layout.Text, result.Bank);
        Assert.Empty(missing);
    }

    private static string Describe(Question question)
    {
        var first = question.Answers.FirstOrDefault();
        var text = StripNumber(question.Text);
        return $"{text} | {question.Answers.Length} | {string.Join(",", first?.Sections.Select(s => s.Label) ?? [])}";
    }

    private static string StripNumber(string text) =>
        text.Length > 3 && char.IsAsciiDigit(text[0]) && text[1] == '.' ? text[2..].TrimStart() : text;
}
