using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>A story told in a session, as the session's end sums it up.</summary>
/// <param name="Name">Its title, and which of its question's stories it is.</param>
/// <param name="Grade">The grade of its attempt this session.</param>
/// <param name="Overall">The overall score of that attempt, 0–100.</param>
/// <param name="NextDue">When to practise it next, from the schedule after the session.</param>
public sealed record SessionStory(Question Question, Answer Answer, StoryName Name, Grade Grade, int Overall, DateTimeOffset? NextDue);

/// <summary>What a session did: each story told, its grade and when it comes back, in the order it was told.</summary>
/// <param name="Now">When the summary was read: next dates are worded relative to it.</param>
/// <param name="StillDue">Stories still due now after the session.</param>
public sealed record SessionSummary(ImmutableArray<SessionStory> Stories, DateTimeOffset Now, int StillDue)
{
    /// <summary>
    /// The summary of a session that told <paramref name="attempts"/> (main attempts; when a story was told twice,
    /// its latest attempt counts, and stories come in the order of those attempts), read against <paramref name="after"/>, the schedule once the session is done.
    /// Stories no longer in the bank are left out.
    /// </summary>
    public static SessionSummary Build(PracticeSchedule after, IEnumerable<AttemptRecord> attempts)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(attempts);
        var byAnswer = after.Stories.GroupBy(s => s.Answer.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stories = attempts
            .Where(a => !a.IsProbeAnswer && a.Grade is not null && byAnswer.ContainsKey(a.AnswerId))
            .GroupBy(a => a.AnswerId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(a => a.StartedAt)!)
            .OrderBy(a => a.StartedAt)
            .Select(latest =>
            {
                var story = byAnswer[latest.AnswerId];
                return new SessionStory(story.Question, story.Answer, StoryName.For(story.Question, story.Answer), latest.Grade!.Value, latest.OverallScore, story.DueAt);
            });
        return new SessionSummary([.. stories], after.Now, after.DueNow.Count());
    }
}
