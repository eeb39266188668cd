using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Headings that introduce something other than a new question: a block of interviewer follow-ups,
/// a compressed (60–90 s) version of the answer above, or a note.
/// </summary>
internal static partial class AnswerMarkers
{
    [GeneratedRegex(@"^\s*(?:\#{1,6}\s+)?(?:\*\*|__)?\s*(?:interviewer\s+)?(?:follow[\s\-‐‑–]?ups?|probes?)(?:\s+(?:questions?|probes?|q(?:&|and)a))?\s*(?:\([^()]{0,60}\))?\s*(?:\*\*|__)?\s*[:.]?\s*(?:\*\*|__)?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpBlockRegex();

    [GeneratedRegex(@"^\s*(?:[-*•]\s+)?(?:\*\*|__)?\s*(?<marker>(?:interviewer\s+)?follow[\s\-‐‑–]?up(?:\s+(?:question|q))?|interviewer|probe|q)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?=\S)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InlineFollowUpRegex();

    [GeneratedRegex(@"^\s*(?:\#{1,6}\s+)?(?:\*\*|__)?\s*(?:(?:compressed|condensed|shorter|short|concise|brief|quick|abridged|summari[sz]ed|(?:\d{1,3}|one|two|half[\s-]a)[\s-]?(?:seconds?|secs?|minutes?|mins?)|elevator|tl;?dr)\b[^.?!]{0,30}\b(?:version|response|answer|variant|form|take)|tl;?dr)\b[^\r\n]{0,90}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CompressedRegex();

    [GeneratedRegex(@"\bfollow[\s\-‐‑–]?ups?\b(?:\s+questions?)?|\bprob(?:es|ing\s+questions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpWordsRegex();

    /// <summary>True for a heading that is about follow-ups ("What If You're Asked Follow-Up Questions?", "Likely probes").</summary>
    public static bool MentionsFollowUps(string heading) => heading.Length <= 120 && FollowUpWordsRegex().IsMatch(heading);

    /// <summary>True for a heading line such as "Follow up questions:" or "### Follow-ups".</summary>
    public static bool IsFollowUpBlock(string line) => line.Length <= 120 && FollowUpBlockRegex().IsMatch(line);

    /// <summary>
    /// Finds an inline follow-up such as "Follow-up: How did you measure it?" and returns where the question starts.
    /// </summary>
    public static bool TryFindInlineFollowUp(string line, out int questionStart, out string marker)
    {
        questionStart = 0;
        marker = string.Empty;
        if (line.Length > PromptPhrases.MaxQuestionLength)
        {
            return false;
        }

        var match = InlineFollowUpRegex().Match(line);
        if (!match.Success)
        {
            return false;
        }

        questionStart = match.Index + match.Length;
        marker = line[..questionStart].Trim();
        return true;
    }

    /// <summary>True for a heading like "Compressed Response (keep responses from 1 minute to 90 seconds)".</summary>
    public static bool IsCompressedHeading(string line) => line.Length <= 160 && !line.TrimEnd().EndsWith('?') && CompressedRegex().IsMatch(line);
}
