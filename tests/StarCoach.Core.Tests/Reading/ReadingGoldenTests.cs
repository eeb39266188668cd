using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Practice;
using StarCoach.Core.Review;
using StarCoach.Core.Tests.Review;
using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Reading;

/// <summary>
/// The golden table of reading: how typed text splits into sentences and STAR sections. Every feature reads text
/// through the same splitter and the same typed-answer reader, so each row is checked against each of them, and
/// the four ways a candidate gets a review of typed text (the CLI's <c>review -</c>, <c>POST /api/review</c>, the
/// answer editor and practice) must give the same review.
/// </summary>
public sealed class ReadingGoldenTests
{
    /// <summary>Text as typed, the sentences a reader finds in it ("|" between them), and the labels of its sections.</summary>
    public static TheoryData<string, string, string> Rows() => new()
    {
        {
            "We shipped late. Then I split the release into two trains! Did it work? Yes, lead time fell 3.5 days.",
            "We shipped late.|Then I split the release into two trains!|Did it work?|Yes, lead time fell 3.5 days.",
            ""
        },
        {
            "I used tools, e.g. Excel and SQL, to find the gap. Dr. Osei agreed with the plan.",
            "I used tools, e.g. Excel and SQL, to find the gap.|Dr. Osei agreed with the plan.",
            ""
        },
        {
            "The ward ran out of beds every winter\nbecause discharges waited for pharmacy.\n\nI moved the pharmacy round to 9 am",
            "The ward ran out of beds every winter\nbecause discharges waited for pharmacy.|I moved the pharmacy round to 9 am",
            ""
        },
        {
            "Steps I took:\n• I mapped the close\n• I built one template\n1. I trained two juniors",
            "Steps I took:|I mapped the close|I built one template|I trained two juniors",
            ""
        },
        {
            "The close took 15 days.\\n\\nI rebuilt the template.\\nIt now takes 9.",
            "The close took 15 days.|I rebuilt the template.|It now takes 9.",
            ""
        },
        {
            "Situation: Our depot missed 30% of its slots.\nTask: I had to fix loading by June.\nAction: I redrew the bay map.\nResult: On-time departures rose to 97%.",
            "Our depot missed 30% of its slots.|I had to fix loading by June.|I redrew the bay map.|On-time departures rose to 97%.",
            "Situation|Task|Action|Result"
        },
        {
            "- S: Tickets were reopened a day later.\n- T: I owned the chat queue.\n- A: I added a confirmation step.\n- R: Reopens fell from 18% to 6%.",
            "Tickets were reopened a day later.|I owned the chat queue.|I added a confirmation step.|Reopens fell from 18% to 6%.",
            "S|T|A|R"
        },
        {
            "**Situation:** Two supervisors argued about Sunday shifts.\n**Action:** I met each of them and agreed a rota.\n**Result:** Complaints stopped within a month.",
            "Two supervisors argued about Sunday shifts.|I met each of them and agreed a rota.|Complaints stopped within a month.",
            "Situation|Action|Result"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void SentenceSplitter_GoldenRow_FindsTheSentencesAPersonWould(string text, string sentences, string labels)
    {
        var expected = sentences.Split('|');
        if (labels.Length == 0)
        {
            Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => s.In(text)));
        }

        // The review reads the same sentences, labels left out of them.
        var analysis = ReviewKit.Analyze(text);
        Assert.Equal(expected, analysis.Sentences.Select(s => text[s.Start..s.End]));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void TypedAnswerReaders_GoldenRow_FindTheSameSections(string text, string sentences, string labels)
    {
        _ = sentences;
        var expected = labels.Length == 0 ? [] : labels.Split('|');
        var (kind, sections) = AnswerTextParser.Parse(text, pitchQuestion: false);
        var edited = AnswerText.Reparse(Draft(AnswerKind.Freeform), text);

        Assert.Equal(expected, sections.Select(s => s.Label));
        Assert.Equal(expected, edited.Sections.Select(s => s.Label));
        Assert.Equal(sections.Select(s => s.Text), edited.Sections.Select(s => s.Text));
        Assert.Equal(labels.Length == 0 ? AnswerKind.Freeform : AnswerKind.Star, kind);
        Assert.Equal(kind, edited.Kind);
    }

    public static TheoryData<int> TypedRows() => [.. Enumerable.Range(0, TypedAnswers.All.Length)];

    [Theory]
    [MemberData(nameof(TypedRows))]
    public void Review_SameTypedText_IsTheSameFromEveryEntryPoint(int row)
    {
        var text = TypedAnswers.All[row];
        var reviewer = ReviewKit.Reviewer;
        var question = QuestionOf(TypedAnswers.Question);

        var cli = reviewer.ReviewText(text, TypedAnswers.Question, TargetLevel.Senior);
        var editor = reviewer.Review(AnswerText.Reparse(Draft(AnswerKind.Freeform), text), question, TargetLevel.Senior);
        var practice = new PracticeCoach(reviewer, []).Evaluate(question, Draft(AnswerKind.Star), PracticeMode.Full,
            new TimedAnswer(text, DateTimeOffset.UnixEpoch, 60), TargetLevel.Senior).Review;

        foreach (var (name, other) in new[] { ("editor", editor), ("practice", practice) })
        {
            Assert.True(Same(cli, other), $"{name} differs from `review -`: {Describe(cli)} vs {Describe(other)}");
        }
    }

    /// <summary>The question as import and the API read it: text, instruction and parts.</summary>
    internal static Question QuestionOf(string text)
    {
        var (bare, instruction, parts) = QuestionText.Parse(text);
        return new Question("q-golden", bare, null, instruction, null, parts, [], new SourceSpan(1, 1), [], []);
    }

    internal static bool Same(AnswerReview a, AnswerReview b) =>
        a.Overall == b.Overall
        && a.Findings.Select(f => (f.Rule, f.Start, f.Length, f.Message)).SequenceEqual(b.Findings.Select(f => (f.Rule, f.Start, f.Length, f.Message)))
        && a.Rubric.Select(r => r.Level).SequenceEqual(b.Rubric.Select(r => r.Level));

    internal static string Describe(AnswerReview review) =>
        $"{review.Overall} [{string.Join(", ", review.Findings.Select(f => $"{f.Rule}@{f.Start}"))}] rubric {string.Join("", review.Rubric.Select(r => r.Level))}";

    private static Answer Draft(AnswerKind kind) => new(AnswerReviewer.StandaloneAnswerId, kind, string.Empty, [], new SourceSpan(1, 1));
}
