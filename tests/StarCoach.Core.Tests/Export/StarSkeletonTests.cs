using StarCoach.Core.Banks;
using StarCoach.Core.Export;
using StarCoach.Core.Import;
using StarCoach.Core.Tests.Support;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Tests.Export;

/// <summary>
/// The cheat sheet's line for each STAR part is the sentence that carries the story — figures, a decision, the
/// outcome — not the one that happens to come first. Rows from several professions, in our own words.
/// </summary>
public sealed class StarSkeletonTests
{
    public static TheoryData<string, string, string, string> Sections() => new()
    {
        // Nurse: a three-word announcement, then the facts.
        { "Situation", "Here's what happened. Our ward recorded 14 falls in March, twice the winter rate.", "14 falls in March", "Here's what happened" },

        // Teacher: a sentence about "the situation" itself, then what was at stake.
        { "Situation", "The situation demanded immediate attention. Forty of my Year 9 students were reading two years below their age.", "Forty of my Year 9 students", "demanded immediate attention" },

        // Support lead: the task stated generically, then the goal with its figure.
        { "Task", "This was a big challenge for the team. I had to bring first-response time under 4 hours before the renewal in June.", "under 4 hours", "big challenge" },

        // Chef: a vague opening; the decision with the option ruled out is the line to remember.
        { "Action", "I took several steps to address this. I chose to cut the lunch menu from 30 dishes to 12 rather than hire another cook. I also spoke with the team.", "rather than hire another cook", "several steps" },

        // Logistics planner: a lesson-ish opening; the measured outcome is the result.
        { "Result", "Overall it was a great learning experience. On-time deliveries rose from 81% to 96% within a quarter, and the client renewed for three years.", "81% to 96%", "great learning experience" },

        // Accountant: an outcome told without a percentage still beats a feeling.
        { "Result", "Everyone on the team was relieved and happy. The month-end close fell from nine days to five.", "nine days to five", "relieved" },

        // Quiet: the first sentence already carries the facts, so it stays.
        { "Situation", "At a 200-room hotel, check-ins took eleven minutes at the evening peak. We had one desk.", "eleven minutes", "one desk" },
        { "Result", "Churn dropped from 7% to 4% in two quarters. My manager thanked me.", "7% to 4%", "thanked" },
        { "Action", "I rewrote the intake form with the two receptionists and trained them on the new script. Then things settled.", "rewrote the intake form", "settled" },
    };

    [Theory]
    [MemberData(nameof(Sections))]
    public void Of_LabelledSection_TakesTheSentenceThatCarriesTheStory(string label, string text, string shown, string left)
    {
        var answer = Story((label, text));

        var line = Assert.Single(StarSkeleton.Of(answer)).Line;

        Assert.Contains(shown, line, StringComparison.Ordinal);
        Assert.DoesNotContain(left, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_FreeFormAnswer_ShowsHowItStartsAndHowItEnded()
    {
        // "St. Mary's" must not end a sentence: the one splitter reads it as every feature does.
        var answer = new Answer("a-1", AnswerKind.Freeform,
            "Let me walk you through it. At St. Mary's our discharge letters took three days to reach family doctors. I rewrote the template with the pharmacists and moved sign-off to the ward round. Letters now go out the same day and readmissions fell by 12%.",
            [], new SourceSpan(1, 1));

        var line = Assert.Single(StarSkeleton.Of(answer)).Line;

        Assert.StartsWith("At St. Mary's our discharge letters took three days", line, StringComparison.Ordinal);
        Assert.Contains("readmissions fell by 12%", line, StringComparison.Ordinal);
        Assert.DoesNotContain("walk you through", line, StringComparison.Ordinal);
    }

    /// <summary>On the seed document: no line only announces what follows, and a result that has a figure shows one.</summary>
    [Fact]
    public void Of_Seed_ResultLinesCarryTheirFiguresAndNoLineIsAnAnnouncement()
    {
        var bank = new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!;
        var answers = bank.AllAnswers().Select(s => s.Answer).Where(a => a.Sections.Length > 0).ToList();
        Assert.NotEmpty(answers);

        foreach (var answer in answers)
        {
            var lines = StarSkeleton.Of(answer);
            Assert.All(lines, l => Assert.False(l.Line.EndsWith(':'), $"{answer.Id}: “{l.Line}” announces instead of telling"));
            foreach (var section in answer.Sections.Where(s => s.Label.StartsWith("Result", StringComparison.OrdinalIgnoreCase)))
            {
                if (FigureReader.Read(section.Text).Count > 0)
                {
                    var line = lines.First(l => l.Label == section.Label).Line;
                    Assert.True(FigureReader.Read(line).Count > 0, $"{answer.Id}: the result has figures but its line “{line}” shows none");
                }
            }
        }
    }

    private static Answer Story(params (string Label, string Text)[] sections) =>
        new("a-1", AnswerKind.Star, string.Join("\n", sections.Select(s => $"{s.Label}: {s.Text}")), [.. sections.Select(s => new AnswerSection(s.Label, s.Text))], new SourceSpan(1, sections.Length));
}
