using StarCoach.Core.Banks;

namespace StarCoach.Core.Review;

/// <summary>A range of spoken words an answer should fall in.</summary>
/// <param name="MinWords">Fewer words than this is too short.</param>
/// <param name="MaxWords">More words than this is too long.</param>
/// <param name="Target">How the budget reads to a person ("1½–3 min").</param>
/// <param name="TargetSeconds">The upper end of the target: how long a practice countdown for it runs.</param>
public readonly record struct WordBudget(int MinWords, int MaxWords, string Target, int TargetSeconds);

/// <summary>
/// What each target level expects. Word budgets are speaking time at <see cref="AnswerReviewer.WordsPerMinute"/>
/// words per minute, with a margin so that only answers a listener would notice are flagged:
/// <list type="table">
/// <item><term>full story (star, freeform)</term><description>senior: target 1½–2½ min; flagged under 45 s (113 words)
/// or over 2 min 40 s (400 words: the labelled sets' coaches call a senior story of 420 words and more a ramble); staff and principal tell bigger stories: up to 4 min (600 words). A written answer
/// of a minute (150 words) that tells the whole story is concise, not short; coaches flag answers under ~100 words
/// (the labelled review set, <c>Fixtures/review-set/</c>).</description></item>
/// <item><term>compressed</term><description>target 60–90 s; flagged under 30 s (75 words) or over 90 s (225 words)</description></item>
/// <item><term>pitch</term><description>target 60–120 s; flagged under 45 s (113 words) or over 2 min 30 s (375 words)</description></item>
/// <item><term>follow-up answer</term><description>target 30 s–1 min; flagged under 15 s (38 words) or over 3 min (450 words)</description></item>
/// <item><term>solution (model answer)</term><description>lenient: flagged under 30 s or over 10 min</description></item>
/// </list>
/// Junior and mid answers are expected to be shorter: target 1–2½ min, flagged under 40 s (100 words) or over 2½ min
/// (375 words, the labelled sets' coaches flag 400 words and more); a junior's story is smaller still and is flagged only under 30 s (75 words): an 80-word story
/// that tells the scene, the steps, a measured outcome and a lesson is one a coach grades excellent.
/// </summary>
public static class LevelCalibration
{
    /// <summary>The word budget of an answer of <paramref name="kind"/> at <paramref name="level"/>.</summary>
    public static WordBudget Budget(AnswerKind kind, TargetLevel level, bool isFollowUp = false)
    {
        if (isFollowUp)
        {
            return new WordBudget(Words(15), Words(180), "30 s–1 min", 60);
        }

        return kind switch
        {
            AnswerKind.Compressed => new WordBudget(Words(30), Words(90), "60–90 s", 90),
            AnswerKind.Pitch => new WordBudget(Words(45), Words(150), "1–2 min", 120),
            AnswerKind.Solution => new WordBudget(Words(30), Words(600), "under 10 min", 600),
            _ => level switch
            {
                TargetLevel.Junior => new WordBudget(Words(30), Words(150), "30 s–2½ min", 150),
                TargetLevel.Mid => new WordBudget(Words(40), Words(150), "1–2½ min", 150),
                TargetLevel.Senior => new WordBudget(Words(45), Words(160), "1½–2½ min", 150),
                _ => new WordBudget(Words(45), Words(240), "1½–3 min, up to 4 for a big story", 180),
            },
        };
    }

    /// <summary>Estimated speaking time of <paramref name="words"/> words, in whole seconds.</summary>
    public static int SpeakingSeconds(int words) => (int)Math.Round(words * 60.0 / AnswerReviewer.WordsPerMinute, MidpointRounding.AwayFromZero);

    private static int Words(int seconds) => (int)Math.Round(seconds * AnswerReviewer.WordsPerMinute / 60.0, MidpointRounding.AwayFromZero);
}
