using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Labels people put in front of a question: <c>Q:</c>, <c>Q1.</c>, <c>Question 3:</c>, <c>STAR Question 4 :</c>,
/// <c>Example Question:</c>, <c>Question This Answers:</c>, <c>Interviewer:</c>, <c>Prompt:</c>. The label is not part
/// of the question; a label alone on its line ("Question 2") means the question follows on a later line.
/// </summary>
internal static partial class QuestionLabels
{
    // Up to three words before "question" ("STAR", "Example", "Behavioral"), up to three after it ("This Answers"),
    // an optional number, then a separator; or Q with a number or a separator; or the interviewer speaking.
    [GeneratedRegex(@"^\s*(?:[-*•]\s+)?(?:\*\*|__)?(?<label>(?:(?:[A-Za-z][\w'’-]*\s+){0,3}(?:question|pregunta|pergunta|frage|domanda)(?:\s+(?!to\b|for\b)[A-Za-z][\w'’-]*){0,3}|q|prompt|interviewer|interview\s+q|(?:selection\s+|key\s+)?criterion)\s*(?:\#\s*)?(?<number>\d{1,3}[a-z]?)?(?:\*\*|__)?\s*(?<sep>[:：.)\-–—]|(?<=\d)\s|$))\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelRegex();

    private static readonly System.Buffers.SearchValues<string> LabelWords = System.Buffers.SearchValues.Create(
        ["prompt", "interview", "criteri", "pregunt", "pergunt", "frage", "domanda", "example", "e.g.", "sample"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A question label found at the start of a line.</summary>
    /// <param name="Label">The label as written ("Question 3:", "Q:").</param>
    /// <param name="Question">What follows it, without surrounding quotes; empty for a label alone on its line.</param>
    /// <param name="IsInterviewer">True for "Interviewer:", which in a dialogue also asks the follow-ups.</param>
    public readonly record struct Found(string Label, string Question, bool IsInterviewer);

    // "Example: “Tell me about a time you led a team …”": an example of a question, quoted.
    [GeneratedRegex(@"^\s*(?:[-*•]\s+)?(?<label>(?:example|e\.g\.|for\s+example|sample|typical\s+question|common\s+question)\s*[:：\-–—])\s*(?=[""“'‘])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ExampleQuestionRegex();

    [GeneratedRegex(@"^(?:of|/|de|von|sur)\s*\d+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterRegex();

    /// <summary>Finds a question label at the start of <paramref name="line"/>.</summary>
    public static bool TryFind(string line, out Found found)
    {
        found = default;
        if (line.Length > PromptPhrases.MaxQuestionLength + 40)
        {
            return false;
        }

        // Every label has a "q", or is one of a few words: most lines are ruled out without a regex.
        var head = line.AsSpan(0, Math.Min(line.Length, 80));
        if (!head.ContainsAny('q', 'Q') && head.IndexOfAny(LabelWords) < 0)
        {
            return false;
        }

        var example = ExampleQuestionRegex().Match(line);
        if (example.Success)
        {
            var quoted = Unquote(line[example.Length..]);
            if (quoted.Length > 0 && QuestionReading.Read(quoted) == Asks.Yes && !FirstPerson.Narrates(quoted.TrimEnd('?')))
            {
                found = new Found(example.Groups["label"].Value.Trim(), quoted, false);
                return true;
            }
        }

        var match = LabelRegex().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var label = match.Groups["label"].Value;
        var bare = label.Trim().TrimEnd(':', '：', '.', ')', '-', '–', '—', '*', '_').Trim();
        var word = bare.Split(' ', '\t')[0];

        // "Q" needs a number or a colon ("Q: …", "Q3."), never a bare "Q " that starts a sentence.
        var hasNumber = match.Groups["number"].Success;
        var separator = match.Groups["sep"].Value;
        if (word.Equals("q", StringComparison.OrdinalIgnoreCase) && !hasNumber && separator is not (":" or "：" or "." or ")"))
        {
            return false;
        }

        // "La pregunta más temida. No digas …": a full stop ends a label only after a number or a bare "Q" ("Q3.", "Q.").
        if (separator == "." && !hasNumber && !word.Equals("q", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Question everything you assume": a question label is followed by a separator, a number or nothing at all;
        // alone on its line it needs a number or a colon ("Question 2", "Q:"), so "Example Question" is a heading.
        var rest = line[(match.Index + match.Length)..].Trim();
        if (!hasNumber && separator.Length == 0)
        {
            return false;
        }

        // "Questions to ask", "The question is whether …": a sentence about questions, not a label.
        if (bare.Contains("questions", StringComparison.OrdinalIgnoreCase) || bare.Split(' ').Length > 5)
        {
            return false;
        }

        // "Question 5 of 50": a page's counter, not a label.
        if (hasNumber && string.IsNullOrWhiteSpace(separator) && CounterRegex().IsMatch(rest))
        {
            return false;
        }

        // "Interviewer questions:" heads a list; "Interviewer:" with a question after it asks it.
        var isInterviewer = bare.StartsWith("interviewer", StringComparison.OrdinalIgnoreCase);
        if (isInterviewer && rest.Length == 0)
        {
            return false;
        }

        found = new Found(line[..(match.Index + match.Length)].Trim(), Unquote(rest), isInterviewer);
        return true;
    }

    /// <summary>The question without the quotation marks around it: <c>"Tell me about …"</c> → <c>Tell me about …</c>.</summary>
    public static string Unquote(string text)
    {
        var t = text.Trim();
        if (t.Length >= 2 && IsOpeningQuote(t[0]))
        {
            var close = t.LastIndexOfAny(['"', '”', '’', '\'', '»', '」']);
            if (close > 0 && t[(close + 1)..].Trim().Trim('.', ',', '?', '!').Length == 0)
            {
                return t[1..close].Trim() + t[(close + 1)..].Trim();
            }
        }

        return t;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«' or '「';
}
