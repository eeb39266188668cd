using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>How strongly a line reads as an interview question by its words alone.</summary>
internal enum Asks
{
    /// <summary>Not a question: narration, a statement, a heading.</summary>
    No,

    /// <summary>
    /// Could be a prompt if the document's layout says so: an opener without a question mark ("Describe the failure
    /// honestly"), a statement prompt ("A time when you…", "An example of when…"), a competency indicator.
    /// </summary>
    Maybe,

    /// <summary>Reads as a question on its own: a question mark, a behavioral prompt, a labelled question.</summary>
    Yes,
}

/// <summary>
/// Reads how much a line asks, sentence by sentence: "We all make mistakes. Tell me about a time you…" is a question
/// (its last sentence is a prompt), "I'd love to learn more. What opportunities are there at this company?" is not
/// (it narrates, and its question is the candidate's own). Works for English and for Chinese (你…怎么…, …吗？).
/// </summary>
internal static partial class QuestionReading
{
    /// <summary>Longest lead-in before the prompt of a question ("We all make mistakes we wish we could take back.").</summary>
    private const int MaxLeadInWords = 12;

    // "A time when…", "An example of when…", "The last time you…", "Provide an example…", "When you took on…".
    [GeneratedRegex(@"^\W*(?:\d{1,3}\s*[.)]?\s*)?(?:(?:an?|one|the\s+last|the\s+first|the\s+most\s+recent)\s+(?:time|example|situation|instance|occasion|moment)\b|(?:provide|give|share|describe|discuss|recall|name|list|explain|outline|detail)\s+(?:an?|one|some|two|three|your|the)\b|when\s+(?:you|did\s+you|was\s+the\s+last)\b|(?:your|the)\s+(?:biggest|greatest|proudest|hardest|toughest|best|worst|most)\b|(?:so|ok|okay|now|next|and|alright|right|well)\s*,?\s+(?=tell|describe|walk|give|what|how|why))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StatementPromptRegex();

    // "Evaluate a time when you …", "Walk us through an occasion where …": whatever the verb, "a time when you" asks.
    [GeneratedRegex(@"^\W*[A-Za-z]+(?:\s+(?:me|us))?(?:\s+(?:about|through|of|on))?\s+(?:a|an|one)\s+(?:time|example|situation|instance|occasion|moment)\s+(?:when|where|that|in\s+which|you)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerbATimeRegex();

    // Prompts of Spanish, Portuguese, French and German documents: "Cuéntame de una vez que …", "¿Por qué …?",
    // "Háblame de ti", "Beschreiben Sie eine Situation", "Racontez-moi".
    [GeneratedRegex(@"^\W*(?:¿|cu[ée]ntame|cu[ée]nteme|h[áa]blame|h[áa]bleme|dime|dame\s+un\s+ejemplo|expl[íi]came|describe\s+(?:una|un)\b|conte-me|fale\s+sobre|racontez|parlez-moi|d[ée]crivez|erz[äa]hlen\s+sie|beschreiben\s+sie|nennen\s+sie)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherLanguagePromptRegex();

    // "What's most interesting project you have done", "What is the hardest bug you've faced": superlative asks.
    [GeneratedRegex(@"^\W*(?:what|which)(?:'|’)?s?\s+(?:is\s+|was\s+|were\s+|are\s+)?(?:the\s+|your\s+|a\s+)?(?:most|biggest|best|worst|greatest|hardest|toughest|largest|proudest|favou?rite|last)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SuperlativeRegex();

    // "1. ", "- ", "b) " in front of a question: numbering, not a sentence of its own.
    [GeneratedRegex(@"^\s*(?:[-*+•]\s+|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s*|\d{1,3}\s+(?=[A-Za-z])|\(?[a-zA-Z][.)]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkerRegex();

    // "So, tell me about yourself": a spoken lead-in word before the prompt.
    [GeneratedRegex(@"^\W*(?:so|ok|okay|now|next|and|alright|well|first|finally|lastly)\s*,\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadInWordRegex();

    // Chinese asks: a question word or particle, or a verb that prompts a story (列举, 描述, 讲讲, 举例, 介绍).
    [GeneratedRegex(@"怎么|怎样|如何|为什么|为何|什么|哪些|哪个|哪里|是否|有没有|多少|吗[？?。]?\s*$|呢[？?。]?\s*$|列举|描述|讲讲|说说|谈谈|举例|举个例子|介绍一下|分享")]
    private static partial Regex ChineseAskRegex();

    // Sentence ends: ? ! or . (also their full-width forms) followed by white space, or a full-width end.
    [GeneratedRegex(@"(?<=[?!][""”’')\]]*)\s+(?=\S)|(?<=[？！。][""”’')\]]*)\s*(?=[^\s""”’')\]])|(?<=[a-z0-9)\]”""'][.])\s+(?=[A-Z0-9“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreakRegex();

    /// <summary>How strongly <paramref name="text"/> (a question's line, its label or numbering still on it) asks.</summary>
    public static Asks Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > PromptPhrases.MaxQuestionLength)
        {
            return Asks.No;
        }

        if (QuestionLabels.TryFind(trimmed, out var labelled))
        {
            return labelled.Question.Length == 0 ? Asks.No : Max(Asks.Maybe, Read(labelled.Question));
        }

        if (HasCjk(trimmed))
        {
            return ReadChinese(trimmed);
        }

        var bare = LeadInWordRegex().Replace(QuestionLabels.Unquote(MarkerRegex().Replace(OutlinePatterns.WithoutLeadingSymbols(trimmed), string.Empty)), string.Empty);
        var sentences = Sentences(bare);
        var last = sentences[^1];
        if (sentences.Count > 1)
        {
            // A lead-in before the question: short and not the candidate's own story, or the line is not a question.
            var first = sentences[0];
            if (SentenceAsks(first) == Asks.No && (WordCount(first) > MaxLeadInWords || (FirstPerson.Narrates(first) && !PromptPhrases.StartsLikePrompt(last))))
            {
                return Asks.No;
            }

            return sentences.Select(SentenceAsks).Max();
        }

        return SentenceAsks(last);
    }

    /// <summary>True when the text opens the way prompts do, in English or Chinese.</summary>
    public static bool StartsLikePrompt(string text) =>
        PromptPhrases.StartsLikePrompt(text) || (HasCjk(text) && ReadChinese(text.Trim()) == Asks.Yes);

    private static Asks SentenceAsks(string sentence)
    {
        var s = sentence.Trim();
        var question = PromptPhrases.WithoutInstruction(s);
        var mark = PromptPhrases.EndsWithQuestionMark(question);
        var narrates = FirstPerson.Narrates(question);
        if (PromptPhrases.IsBehavioralPrompt(s) || PromptPhrases.IsPitchQuestion(s) || VerbATimeRegex().IsMatch(s) || OtherLanguagePromptRegex().IsMatch(s))
        {
            return Asks.Yes;
        }

        if (mark)
        {
            return Asks.Yes;
        }

        if (narrates)
        {
            return Asks.No;
        }

        if (PromptPhrases.StartsLikePrompt(s) || StatementPromptRegex().IsMatch(s) || SuperlativeRegex().IsMatch(s))
        {
            return Asks.Maybe;
        }

        return Asks.No;
    }

    private static Asks ReadChinese(string text)
    {
        // "当时业务什么状况？多痛？" asks the reader a template's question; an interview question speaks to you (你, 您).
        var addressed = text.Contains('你') || text.Contains('您');
        var asks = ChineseAskRegex().IsMatch(text) || text.TrimEnd().EndsWith('？') || text.TrimEnd().EndsWith('?');
        if (asks && addressed && !text.Contains('我'))
        {
            return Asks.Yes;
        }

        if (asks && addressed)
        {
            return Asks.Maybe;
        }

        // English words in a Chinese document still ask the English way.
        return PromptPhrases.IsBehavioralPrompt(text) ? Asks.Yes : Asks.No;
    }

    /// <summary>True when the text holds Chinese, Japanese or Korean characters.</summary>
    public static bool HasCjk(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\u3040' and <= '\u30FF')
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Sentences(string text)
    {
        var parts = SentenceBreakRegex().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        return parts.Count == 0 ? [text] : parts;
    }

    private static int WordCount(string text) => text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static Asks Max(Asks a, Asks b) => a > b ? a : b;
}
