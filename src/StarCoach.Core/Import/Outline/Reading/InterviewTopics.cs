using StarCoach.Core.Matching;
using StarCoach.Core.Text;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Whether a heading names a topic interviewers ask about ("Weaknesses", "Conflicts", "Failure (LPs)"), by the words of
/// the question-intent catalogue's sixty kinds of question ("Greatest strengths and weaknesses", "Conflict or
/// disagreement with a peer"). A heading that names one, with the candidate's own words under it, is a question of
/// that topic even when the words are not a past story.
/// </summary>
internal static class InterviewTopics
{
    private const int MaxTopicWords = 6;

    private static readonly Lazy<HashSet<string>> Stems = new(() =>
        QuestionIntents.All.SelectMany(i => TextTerms.ContentStems(i.Name)).Where(s => s.Length >= 3).ToHashSet(StringComparer.Ordinal));

    /// <summary>True when <paramref name="heading"/> is a short heading with a word of an interview topic.</summary>
    public static bool Names(string heading) =>
        DocumentShape.WordCount(heading) <= MaxTopicWords && TextTerms.ContentStems(heading).Any(Stems.Value.Contains);
}
