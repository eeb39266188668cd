using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Blanks left for someone to fill in: "[Name it]", "[your answer here]", "&lt;insert metric&gt;", "____", "XXX",
/// "TBD", "(fill in)", "填这里". A template with them is not an answer yet.
/// </summary>
internal static partial class Placeholders
{
    [GeneratedRegex(@"\[(?!\s*[xX ]?\s*\])[^\[\]\(\)\n]{1,40}\](?!\()|<(?:insert|your|add|name|describe|fill)[^<>\n]{0,40}>|_{4,}|\bX{3,}\b|\bTBD\b|\(\s*fill\s+(?:in|this)[^)]*\)|填这里|待填|\.{3}\s*$|…\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex PlaceholderRegex();

    /// <summary>True when the text holds a blank to fill in.</summary>
    public static bool Has(string text) => PlaceholderRegex().IsMatch(text);

    /// <summary>How many blanks the text holds ("[Company Name]", "[X%]", "____"); a trailing "…" is not counted.</summary>
    public static int Blanks(string text)
    {
        var count = 0;
        foreach (var match in PlaceholderRegex().EnumerateMatches(text))
        {
            var first = text[match.Index];
            count += first is '.' or '…' ? 0 : 1;
        }

        return count;
    }

    /// <summary>
    /// True when a label's text is not the candidate's story: blank, or an instruction of what to write there
    /// ("Describe the situation you were in …", "What goal were you working toward?").
    /// </summary>
    public static bool IsNotAStory(string content)
    {
        var text = content.Trim();
        return IsBlank(text) || (Voice.FirstPersonCount(text) == 0
            && (Has(text) || Voice.Advises(text) || QuestionReading.Read(text.Split('\n')[0]) != Asks.No));
    }

    /// <summary>
    /// True when a label's text tells something that happened or was done: it speaks in the first person, has a
    /// figure, or narrates in the past ("API latency spiked …", "Cut costs by 30%"), unlike a definition of the part.
    /// </summary>
    public static bool TellsAStory(string content) =>
        Voice.FirstPersonCount(content) > 0 || TimingRegex().Replace(content, string.Empty).Any(char.IsAsciiDigit) || Voice.TellsWhatHappened(content)
        || (PastTenseRegex().IsMatch(content) && DocumentShape.WordCount(content) >= 6) || (QuestionReading.HasCjk(content) && content.Length >= 10);

    // "15-20 segundos", "~45–60s", "2 min": how long to spend on a part, not a figure of the story.
    [GeneratedRegex(@"~?\d+(?:\s*[-–]\s*\d+)?\s*(?:s|secs?|seconds?|segundos|min|mins|minutes?|minutos|minuten)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimingRegex();

    [GeneratedRegex(@"\b\w{3,}(?<!e)ed\b|\b(?:was|were|had|took|made|led|built|went|found|grew|fell|rose|cut)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PastTenseRegex();

    /// <summary>True when a section's own text is empty or only a blank ("…", "TBD", "-").</summary>
    public static bool IsBlank(string content)
    {
        var t = content.Trim().Trim('*', '_', ' ');
        return t.Length == 0 || t is "…" or "..." or "-" or "–" or "—" or "TBD" or "tbd" or "?" or "x" or "X";
    }
}
