using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Who a passage speaks for: the candidate telling a story ("I led…", "我们在做…"), or someone advising the candidate
/// ("Employers ask this question to…", "Be specific: …", "你要回答的问题"). Answers are the candidate's own words;
/// advice, tips and critique around them are not. Words inside quotation marks are not counted: they are quoted
/// speech or an example, not the passage's own voice.
/// </summary>
internal static partial class Voice
{
    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|mine|myself|me|we|we're|we’re|we've|we’ve|we'd|we’d|our|ours|ourselves|us)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonRegex();

    [GeneratedRegex(@"\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve|you'll|you’ll|you'd|you’d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondPersonRegex();

    // Who advice talks about: the people on the other side of the table, the question itself, "a candidate".
    [GeneratedRegex(@"^\W*(?:(?:most\s+|many\s+|some\s+|good\s+|great\s+|the\s+|an?\s+|your\s+)?(?:employers?|interviewers?|hiring\s+managers?|recruiters?|candidates?|applicants?|companies|the\s+panel)(?:\s+(?:and|or|&)\s+(?:employers?|interviewers?|hiring\s+managers?|recruiters?))?\s+(?:ask|asks|want|wants|are|is|will|often|typically|usually|may|might|use|look|like|need|expect|care|should)\b|(?:this|the|that)\s+question\b|(?:asking|saying|telling|using|when\s+answering|in\s+your\s+answer|your\s+answer|an\s+(?:ideal|effective|excellent)\s+answer|a\s+(?:good|great|strong|weak|bad|solid)\s+(?:answer|response)|the\s+(?:best|right|ideal)\s+(?:answer|response|way)|(?:pro\s+)?tips?\b|hint\b|note\b|remember\b|make\s+sure\b|be\s+sure\b|be\s+(?:specific|honest|concise|brief|direct|clear)\b|avoid\b|don['’]?t\b|do\s+not\b|try\s+to\b|focus\s+on\b|keep\s+(?:it|your)\b|prepare\b|practice\b|think\s+about\s+(?:how|what|which|your)\b|they\s+(?:want|are|'re|’re|will|may|might)\b|what\s+(?:they|interviewers|the\s+interviewer)\s+(?:are|is|'re|’re)\s+(?:looking|evaluating|assessing|testing)\b|why\s+(?:they|interviewers|employers)\s+ask\b|how\s+to\s+answer\b))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdviceOpenerRegex();

    // "I led", "we had already built", "I didn't": the candidate telling what happened.
    [GeneratedRegex(@"\b(?:I|we|We|my\s+team)\s+(?:\w+\s+){0,2}?(?:(?!\w*(?:eed|embed)\b)\w{2,}ed|was|were|had|did|didn['’]t|led|made|took|went|got|built|ran|saw|told|found|gave|came|knew|thought|felt|left|kept|began|brought|wrote|became|chose|spent|met|won|lost|set|put|sent|paid|held|drove|grew|taught|caught|bought|sold|fought|stood|understood|said|shipped|realised|realized)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PastNarrationRegex();

    [GeneratedRegex(@"[""“][^""”]{0,600}[""”]|(?<=\s|^)['‘][^'’]{0,300}['’](?=\s|[.,;:!?]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedRegex();

    /// <summary>How many first-person words (I, my, we, our …; 我, 我们) the text has outside quotation marks.</summary>
    public static int FirstPersonCount(string text)
    {
        var own = WithoutQuotes(text);
        return FirstPersonRegex().Count(own) + CountCjk(own, '我');
    }

    /// <summary>How many second-person words (you, your …; 你, 您) the text has outside quotation marks.</summary>
    public static int SecondPersonCount(string text)
    {
        var own = WithoutQuotes(text);
        return SecondPersonRegex().Count(own) + CountCjk(own, '你') + CountCjk(own, '您');
    }

    /// <summary>
    /// True for advice to the candidate rather than the candidate's story: it opens the way advice does
    /// ("Employers ask this question to…", "Tip:", "Avoid …", "Saying that you … is not going to cut it"), or it
    /// speaks to "you" at least twice and never in the first person.
    /// </summary>
    public static bool Advises(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var firstPerson = FirstPersonCount(trimmed);
        if (AdviceOpenerRegex().IsMatch(trimmed) && firstPerson <= 1)
        {
            return true;
        }

        return firstPerson == 0 && SecondPersonCount(trimmed) >= 2;
    }

    /// <summary>
    /// True when the candidate tells something of their own: at least two first-person words (one for Chinese, where
    /// 我 is a whole word) outside quotation marks, and more of them than words addressed to "you".
    /// </summary>
    public static bool Narrates(string text)
    {
        var first = FirstPersonCount(text);
        var needed = QuestionReading.HasCjk(text) ? 1 : 2;
        return first >= needed && first > SecondPersonCount(text);
    }

    /// <summary>True when the text tells, in the first person, something that happened ("I led …", "we had built …").</summary>
    public static bool TellsWhatHappened(string text) => PastNarrationRegex().IsMatch(WithoutQuotes(text));

    /// <summary>True when the text opens the way advice does, whatever follows.</summary>
    public static bool OpensLikeAdvice(string text) => AdviceOpenerRegex().IsMatch(text);

    /// <inheritdoc cref="OpensLikeAdvice(string)"/>
    public static bool OpensLikeAdvice(ReadOnlySpan<char> text) => AdviceOpenerRegex().IsMatch(text);

    /// <summary>The text with quoted passages blanked out.</summary>
    public static string WithoutQuotes(string text) => text.Contains('"') || text.Contains('“') || text.Contains('\'') || text.Contains('‘')
        ? QuotedRegex().Replace(text, " ")
        : text;

    private static int CountCjk(string text, char c)
    {
        var count = 0;
        foreach (var ch in text)
        {
            if (ch == c)
            {
                count++;
            }
        }

        return count;
    }
}
