using System.Globalization;
using StarCoach.Core.Text;

namespace StarCoach.Core.Competencies;

/// <summary>
/// How the CLI and the web app tell the two things <see cref="CoverageReport.Overused"/> holds apart: a story told for
/// too many questions (over-use), and two answers in nearly the same words (a duplicate: a paste to tidy, not a story
/// leaned on). One heading and one plain reason for each, in one place.
/// </summary>
public static class OveruseWords
{
    /// <summary>The heading the stories of <paramref name="kind"/> are listed under.</summary>
    public static string Heading(OveruseKind kind) => kind switch
    {
        OveruseKind.SameStory => "Stories used for too many questions",
        _ => "Answers told in nearly the same words",
    };

    /// <summary>What the candidate reads when no story of <paramref name="kind"/> was found.</summary>
    public static string None(OveruseKind kind) => kind switch
    {
        OveruseKind.SameStory => "No story is told for too many questions.",
        _ => "No two answers are pasted in nearly the same words.",
    };

    /// <summary>Why <paramref name="story"/> is listed, in a few words: "answers 3 questions", "2 answers, 82% the same words".</summary>
    public static string Why(OverusedStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return story.Kind switch
        {
            OveruseKind.SameStory => $"answers {Counted.Of(story.QuestionIds.Length, "question")} (more than {CoverageAnalyzer.MaxQuestionsPerStory} gets noticed in one loop)",
            _ => string.Create(CultureInfo.InvariantCulture, $"{Counted.Of(story.AnswerIds.Length, "answer")}, {story.Similarity * 100:0}% the same words")
                + (story.QuestionIds.Length == 1 ? " under one question" : $" under {Counted.Of(story.QuestionIds.Length, "question")}"),
        };
    }
}
