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
    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".?!？！。");

    /// <summary>Longest text that can ask without a question mark ("Tell me about a time you …" prompts run to ~40 words).</summary>
    private const int MaxUnmarkedQuestionLength = 320;

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
    // "Háblame de ti", "Conte sobre uma vez em que você…", "Descreva um momento…", "Beschreiben Sie eine Situation", "Racontez-moi".
    [GeneratedRegex(@"^\W*(?:¿|cu[ée]ntame|cu[ée]nteme|h[áa]blame|h[áa]bleme|dime|dame\s+un\s+ejemplo|expl[íi]came|describe\s+(?:una|un)\b|conte(?:-me)?\s+(?:sobre|uma|um|de|como)|me\s+conte|descreva\s+(?:um|uma)\s+(?:momento|vez|situa[çc][ãa]o|ocasi[ãa]o|exemplo|projeto)|d[êe]\s+um\s+exemplo|fale\s+(?:sobre|de)|racontez|parlez-moi|d[ée]crivez|erz[äa]hlen\s+sie|beschreiben\s+sie|nennen\s+sie)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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


    /// <summary>How strongly <paramref name="text"/> (a question's line, its label or numbering still on it) asks.</summary>
    public static Asks Read(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > PromptPhrases.MaxQuestionLength)
        {
            return Asks.No;
        }

        // A long passage with no question mark is narration: questions are short, or ask with a mark.
        if (trimmed.Length > MaxUnmarkedQuestionLength && trimmed.AsSpan().IndexOfAny('?', '？') < 0)
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
        if (PromptPhrases.EndsWithQuestionMark(PromptPhrases.WithoutInstruction(s)))
        {
            return Asks.Yes;
        }

        if (PromptPhrases.IsBehavioralPrompt(s) || PromptPhrases.IsPitchQuestion(s) || VerbATimeRegex().IsMatch(s) || OtherLanguagePromptRegex().IsMatch(s))
        {
            return Asks.Yes;
        }

        if (FirstPerson.Narrates(s))
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

    /// <summary>
    /// The sentences of a line: a break after "?" or "!" (and any closing quotes) before more text, after a full-width
    /// end, or after "." between a lower-case letter or digit and a capital or digit.
    /// </summary>
    private static List<string> Sentences(string text)
    {
        // Most lines are one sentence: split only when a sentence end stands inside the text.
        if (text.AsSpan(0, Math.Max(0, text.Length - 2)).IndexOfAny(SentenceEnds) < 0)
        {
            return [text];
        }

        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = i;
            if (c is '?' or '!' or '？' or '！' or '。')
            {
                while (end + 1 < text.Length && text[end + 1] is '"' or '”' or '’' or '\'' or ')' or ']')
                {
                    end++;
                }

                var next = end + 1;
                var fullWidth = c is '？' or '！' or '。';
                if (next < text.Length && (fullWidth || char.IsWhiteSpace(text[next])))
                {
                    Add(sentences, text, start, end + 1);
                    start = next;
                    i = end;
                }
            }
            else if (c == '.' && i > 0 && (char.IsAsciiLetterLower(text[i - 1]) || char.IsAsciiDigit(text[i - 1]) || text[i - 1] is ')' or ']' or '”' or '"' or '\''))
            {
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next > i + 1 && next < text.Length && (char.IsAsciiLetterUpper(text[next]) || char.IsAsciiDigit(text[next]) || text[next] is '“' or '"'))
                {
                    Add(sentences, text, start, i + 1);
                    start = next;
                    i = next - 1;
                }
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences.Count == 0 ? [text] : sentences;
    }

    private static void Add(List<string> sentences, string text, int start, int end)
    {
        var sentence = text[start..end].Trim();
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    private static int WordCount(string text) => DocumentShape.WordCount(text);

    private static Asks Max(Asks a, Asks b) => a > b ? a : b;
}
