using System.Text.RegularExpressions;
using StarCoach.Core.Text;

namespace StarCoach.Core.Matching;

/// <summary>
/// The ask of an interview question without the formula around it: "Tell me about a time when you had to
/// deal with an underperformer. What did you do?" → "had to deal with an underperformer.". A small sentence
/// model sees "Tell me about a time you…" in almost every question, and that shared wording pulls unrelated
/// questions together; comparing the asks as well as the whole questions keeps the topic in front.
/// </summary>
internal static partial class QuestionCore
{
    // Short follow-ups after the first sentence ("What did you do?", "How did you handle it?", "Why?") ask for
    // the usual STAR parts and say nothing about which story fits; longer ones ("What steps did you take to
    // mitigate the risk?") do, and are kept.
    private const int MaxFollowUpWords = 6;

    /// <summary>The question's ask; the whole text when nothing is left once the formula is removed.</summary>
    public static string Of(string question)
    {
        var sentences = SentenceSplitter.Split(question);
        var kept = new List<string>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].In(question);
            if (i == 0)
            {
                sentence = Opening().Replace(sentence, string.Empty, 1);
            }
            else if (Interrogative().IsMatch(sentence) && WordTokenizer.Count(sentence) <= MaxFollowUpWords)
            {
                continue;
            }

            if (sentence.Any(char.IsLetter))
            {
                kept.Add(sentence.Trim());
            }
        }

        var core = string.Join(' ', kept);
        return core.Count(char.IsLetter) < 3 ? question.Trim() : core;
    }

    // "Can you tell me about a specific time when you", "Give me an example of a situation where you",
    // "Walk me through a situation where", "When was the last time you", "Have you ever".
    [GeneratedRegex(
        @"^\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?" +
        @"(?:(?:tell|talk\s+to)\s+(?:me|us)\s+about|talk\s+(?:(?:me|us)\s+)?about|describe|share|walk\s+(?:me|us)\s+through|give\s+(?:me|us)|think\s+of|recall|when\s+was\s+the\s+last\s+time|have\s+you\s+ever)\b\s*" +
        @"(?:(?:an?|the|one|some)\s+)?(?:(?:specific|recent|concrete|particular)\s+)?" +
        @"(?:(?:examples?|times?|situations?|occasions?|instances?|moments?|story|experiences?)\b\s*)?" +
        @"(?:(?:of|from)\s+)?(?:(?:an?\s+)?(?:time|situation|occasion|instance)\b\s*)?" +
        @"(?:(?:when|where|in\s+which|that)\s+)?(?:you\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^\s*(?:what|how|why|did|were|was|and)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interrogative();
}
