using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Recognises how interview questions are phrased: the openers of prompts, behavioral
/// "tell me about a time" prompts, follow-up probes, the pitch, and instruction suffixes.
/// </summary>
internal static partial class PromptPhrases
{
    /// <summary>Longest line that can still be a question; longer lines are always answer text.</summary>
    public const int MaxQuestionLength = 700;

    // Optional numbering ("1.", "Q3:", "Question 2 -") that people put in front of questions.
    private const string Numbering = @"^\s*(?:(?:Q(?:uestion)?\s*)?\d{1,3}(?:\.\d{1,3})*\s*[.):\-–]\s*|Q(?:uestion)?\s*\d{1,3}\s+|Q(?:uestion)?\s*[:.\-–]\s*)?[""“‘']?";

    [GeneratedRegex(Numbering + @"(?:
        tell\s+(?:me|us)\b
      | describe\b | (?:give|provide|offer)\s+(?:me\s+|us\s+)?(?:an?|one|some|two|three)\s+(?:example|instance|time|situation)s?\b
      | share\s+(?:with\s+(?:me|us)\s+)?(?:an?|one|some)\b | walk\s+(?:me|us)\s+through\b | talk\s+(?:(?:to\s+)?(?:me|us)\s+)?(?:about|through)\b
      | (?:can|could|would)\s+you\s+(?:think|tell|describe|give|share|walk|talk|recall|name|provide)\b
      | have\s+you\s+ever\b | recall\s+a\b | name\s+a\b | think\s+(?:about|of)\s+a\b | explain\s+(?:a|an|how|why|what|when)\b
      | how\s+(?:do|did|does|have|has|would|will|are|were|can|could|should|is)\s+(?:you|your)\b
      | what\s+(?:would|do|did|does|is|are|was|were|has|have|will|motivates|makes|excites|drives)\s+(?:you|your)\b
      | what(?:'|’)s\s+your\b | what\s+(?:is|are|was|were)\s+(?:the|some|a|an|one)\b | what\s+(?:kind|type|sort)s?\s+of\b
      | when\s+(?:was|did|have|were|do)\s+(?:the\s+last\s+time|you)\b
      | why\s+(?:do|did|are|should|would|have|is|were)\s+(?:you|we)\b | why\s+(?:this|our|the)\b
      | where\s+do\s+you\s+see\b | in\s+your\s+(?:current|last|previous|most\s+recent)\b
      | if\s+you\s+(?:were|had|could|joined)\b | imagine\b | suppose\b | who\s+(?:is|was|has)\b
    )", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex OpenerRegex();

    [GeneratedRegex(@"\b(?:a|an|one|the\s+last)\s+(?:time|example|situation|instance|occasion|moment|project|decision|problem|challenge|mistake|failure|conflict|case)\b|\btell\s+(?:me|us)\s+about\s+(?:yourself|your)\b|\bgive\s+(?:me\s+)?an?\s+example\b|^\s*describe\s+(?:a|an|your)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BehavioralRegex();

    [GeneratedRegex(@"^\s*[""“‘']?(?:
        (?:can|could|would)\s+you\s+(?:explain|elaborate|expand|clarify|go\s+deeper|say\s+more|tell\s+(?:me|us)\s+more|walk\s+(?:me|us)\s+through\s+(?:how|why|what))\b
      | explain\s+more\b | tell\s+(?:me|us)\s+more\b | elaborate\b | why\s+(?:did|didn(?:'|’)t)\s+you\b | what\s+would\s+you\s+do\s+differently\b
      | how\s+did\s+you\s+(?:measure|know|decide|handle|convince|get)\b | what\s+(?:was|were)\s+your\s+(?:role|part|contribution)\b
      | what\s+happened\s+(?:next|after)\b | and\s+(?:then|why|how|what)\b | so\s+(?:how|why|what)\b | but\s+(?:how|why|what)\b
    )", RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex FollowUpOpenerRegex();

    [GeneratedRegex(@"\btell\s+(?:me|us)\s+(?:a\s+(?:little\s+)?(?:bit\s+)?)?about\s+yourself\b|\bwalk\s+(?:me|us)\s+through\s+your\s+(?:resume|résumé|cv|background|career)\b|\bintroduce\s+yourself\b|\belevator\s+pitch\b|\bdescribe\s+yourself\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PitchRegex();

    // A trailing directive about how to answer: "Answer at IC6 level …", "Please use the STAR format", "(2 minutes)".
    [GeneratedRegex(@"(?:^|(?<=[.?!:;]\s*)|\s[-–—]\s)(?<instruction>(?:please\s+)?(?:answer|respond|reply|use\s+the\s+star|use\s+star|structure\s+(?:your|the)\s+answer|keep\s+(?:it|your\s+answer|the\s+answer)|limit\s+(?:your|the)|aim\s+for|focus\s+on\s+(?:the|a|your)\s+(?:star|result|impact)|be\s+(?:specific|concise|brief))\b[^?]*|\((?:[^()]*\b(?:minutes?|seconds?|star|level|ic\d|l\d)\b[^()]*)\)\s*[.]?)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InstructionRegex();

    // Sentence ends: ? ! or . followed by whitespace and a capital letter, a digit or an opening quote.
    [GeneratedRegex(@"(?<=[?!])\s+(?=\S)|(?<=[a-z0-9)\]”""'][.])\s+(?=[A-Z0-9“""])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreakRegex();

    /// <summary>True when the text opens the way interview prompts do ("Tell me about", "How do you", "Describe …").</summary>
    public static bool StartsLikePrompt(string text) => text.Length <= MaxQuestionLength && OpenerRegex().IsMatch(text);

    /// <summary>True for a behavioral prompt that asks for a story ("a time when", "an example of", "tell me about yourself").</summary>
    public static bool IsBehavioralPrompt(string text) =>
        text.Length <= MaxQuestionLength && StartsLikePrompt(text) && BehavioralRegex().IsMatch(text);

    /// <summary>True when a question of any length asks for one of the candidate's own stories ("a time when", "describe your …").</summary>
    public static bool AsksForStory(string text) => BehavioralRegex().IsMatch(text);

    /// <summary>True when the text opens like an interviewer's probe into a story already told.</summary>
    public static bool StartsLikeFollowUp(string text) => text.Length <= MaxQuestionLength && FollowUpOpenerRegex().IsMatch(text);

    /// <summary>True for "Tell me about yourself" and its variants, answered with a pitch.</summary>
    public static bool IsPitchQuestion(string text) => PitchRegex().IsMatch(text);

    /// <summary>True when the line reads as a question: a prompt opener, or a question mark at the end.</summary>
    public static bool ReadsAsQuestion(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0 || trimmed.Length > MaxQuestionLength || trimmed.EndsWith(':'))
        {
            return false;
        }

        return StartsLikePrompt(trimmed) || EndsWithQuestionMark(WithoutInstruction(trimmed));
    }

    /// <summary>The question without its instruction suffix; cheap for the many lines that cannot have one.</summary>
    public static string WithoutInstruction(string text) =>
        text.Contains('?', StringComparison.Ordinal) || text.EndsWith(')') ? SplitInstruction(text).Question : text;

    /// <summary>True when the text ends with a question mark, allowing closing quotes and brackets after it.</summary>
    public static bool EndsWithQuestionMark(string text)
    {
        var t = text.AsSpan().TrimEnd().TrimEnd("\"”’')]");
        return t.Length > 0 && t[^1] == '?';
    }

    /// <summary>
    /// Separates a trailing instruction ("Answer at IC6 level with depth and details in STAR format")
    /// from the question it follows. The instruction is null when there is none.
    /// </summary>
    public static (string Question, string? Instruction) SplitInstruction(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > MaxQuestionLength)
        {
            return (trimmed, null);
        }

        var match = InstructionRegex().Match(trimmed);
        if (!match.Success || match.Index == 0 && !trimmed.StartsWith('('))
        {
            return (trimmed, null);
        }

        var group = match.Groups["instruction"];
        var question = trimmed[..group.Index].TrimEnd(' ', '-', '–', '—', '\t');
        if (question.Length == 0 || !ReadsAsQuestionWithoutInstruction(question))
        {
            return (trimmed, null);
        }

        return (question, group.Value.Trim());
    }

    /// <summary>
    /// The separate asks of a multi-part prompt, one per sentence. A single ask yields an empty list,
    /// so that <c>parts</c> stays empty for ordinary questions.
    /// </summary>
    public static ImmutableArray<string> SplitParts(string question)
    {
        var sentences = SentenceBreakRegex().Split(question.Trim())
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToList();
        if (sentences.Count < 2)
        {
            return [];
        }

        // A short lead-in ("Be specific.") belongs to the part it introduces, not a part of its own.
        var parts = new List<string>();
        var carry = string.Empty;
        foreach (var sentence in sentences)
        {
            var combined = carry.Length == 0 ? sentence : carry + " " + sentence;
            if (WordCount(sentence) < 3)
            {
                // "Why?" after a question, or "Be specific." before one, is part of its neighbour, not an ask of its own.
                if (parts.Count > 0 && EndsWithQuestionMark(sentence))
                {
                    parts[^1] += " " + combined;
                    carry = string.Empty;
                }
                else
                {
                    carry = combined;
                }

                continue;
            }

            parts.Add(combined);
            carry = string.Empty;
        }

        if (carry.Length > 0)
        {
            if (parts.Count > 0)
            {
                parts[^1] += " " + carry;
            }
            else
            {
                parts.Add(carry);
            }
        }

        return parts.Count < 2 ? [] : [.. parts];
    }

    private static bool ReadsAsQuestionWithoutInstruction(string question) =>
        StartsLikePrompt(question) || EndsWithQuestionMark(question);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
