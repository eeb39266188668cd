using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Patterns of the outline that are not about questions or labels: notes sections and letters, category headings,
/// a second story, lettered sub-questions, notes to self, numbering, metadata lines, separators between versions.
/// </summary>
internal static partial class OutlinePatterns
{
    // "Another time, …", "A second example: …", "Example 2", "Story 3 –": the paragraph tells a story of its own.
    [GeneratedRegex(@"^(?:another\s+(?:time|example|instance|story|situation|occasion)\b|an?\s+(?:second|third|other|different|earlier|later|more\s+recent)\s+(?:example|time|story|instance|situation|occasion)\b|(?:example|story|option)\s*(?:\#\s*)?\d{1,2}\b|(?:version|variant|take)\s+(?:[A-Z]|\d{1,2})\b|one\s+more\s+(?:example|story)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex AnotherStoryRegex();

    // "a) How did you prepare for the conversation?" right under a question: a part of it.
    [GeneratedRegex(@"^\(?(?<letter>[a-h])[.)]\s+(?<part>.{3,300}\?)[""”’')]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    public static partial Regex SubQuestionRegex();

    // "Note to self: …", "Reminder: …", "Things to ask: …": a line written for the candidate, not the interviewer.
    [GeneratedRegex(@"^[*_]?\s*(?:note\s+to\s+(?:self|myself)|reminder|things\s+to\s+(?:ask|remember|bring)|nb)\s*[:\-–—]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NoteToSelfRegex();

    // "Q4. …", "Question 4:", "4) …": numbered the way a document numbers its questions.
    [GeneratedRegex(@"^\s*(?:q(?:uestion)?\s*\d{1,3}\s*[.:)\-–]?|\d{1,3}\s*[.)])\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex NumberedQuestionRegex();

    [GeneratedRegex(@"^(?:\W*(?:q(?:uestion)?\s*)?\d{0,3}[.:)\-–]?\s*)?(?:what|how|why|when|where|which|who|describe|tell|give|walk|share|talk|explain|can|could|would|have|did|do|are|is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsksQuestionRegex();

    [GeneratedRegex(@"^(?:my\s+|personal\s+|general\s+|other\s+|extra\s+|interview\s+|final\s+|some\s+|quick\s+)?(?:notes?(?:\s+(?:to|for)\s+(?:self|myself|me))?|questions?\s+(?:to\s+ask|for)(?:\s+(?:them|the\s+\w+(?:\s+\w+)?|at\s+the\s+end))?|questions?\s+i\s+(?:could|can|should|might|will|want\s+to)\s+ask\b.*|reminders?|references?|resources|appendix|(?:table\s+of\s+)?contents|toc|on\s+this\s+page|logistics(?:\s+\w+)?|to-?\s?do\b.*|things\s+to\s+(?:remember|ask|bring)\b.*|tips?(?:\s+(?:for|on)\s+(?:the\s+)?[\w\s]{1,30})?|(?:many\s+)?thanks(?:\s+(?:so\s+much|again|a\s+lot|and\s+regards))?,?|thank\s+you(?:\s+and\s+regards)?,?|(?:best|kind|warm)(?:\s+(?:regards|wishes))?,|regards,?|sincerely,?|cheers,|sent\s+from\s+my\s+.*)\s*(?:\([^()]*\))?\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeadingRegex();

    // "Hi,", "Dear Ms Patel,", "Hello team,": the greeting of a letter pasted into the notes.
    [GeneratedRegex(@"^(?:hi|hello|hey|dear)(?:\s+[\p{L}.' -]{1,40})?,$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreetingRegex();

    [GeneratedRegex(@"^(?:category|section|topic|theme|competency|area)\s*\d{0,2}\s*(?::|\s[-–—]\s)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPrefixRegex();

    // "Difficulty: easy", "**Competency:** Self-awareness, Learning": a fact about the question, not its answer.
    [GeneratedRegex(@"^\s*(?:[-*•]\s+)?(?:\*\*|__)?\s*(?<key>difficulty|level|competenc(?:y|ies)|skills?(?:\s+(?:tested|assessed|shown))?|tags?|category|categories|company|companies|role|type|principles?|leadership\s+principles?|lps?|asked\s+(?:at|by|in)|frequency|source|date|time|duration|status|priority|also\s+answers|also\s+works\s+for|related\s+questions?|focus|theme|format|evaluates|what\s+(?:it|this)\s+(?:tests|evaluates|shows)|pm\s+skills[\w\s]{0,30})\s*(?:\*\*|__)?\s*[:：]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MetadataRegex();

    // "(or)", "OR", "— or —", "Alternatively:": two versions of one answer.
    [GeneratedRegex(@"^\W*(?:or|alternatively|alternative(?:\s+answer|\s+version)?|another\s+version)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlternativeRegex();

    // "How to answer", "What not to say", "What they're looking for", "Evaluation criteria": a block of advice under a question.
    [GeneratedRegex(@"^(?:how\s+to\s+(?:answer|respond|approach|structure)(?:\s+(?:it|this(?:\s+question)?|the\s+question))?|what\s+not\s+to\s+(?:say|do)|what\s+to\s+avoid|(?:common\s+)?mistakes(?:\s+to\s+avoid)?|red\s+flags?|pitfalls?(?:\s+to\s+avoid)?|what\s+(?:they|interviewers?|the\s+interviewer|employers?|hiring\s+managers?)\s+(?:are|is|'re|’re)\s+(?:looking\s+for|assessing|evaluating|testing)|what\s+(?:they|interviewers?|employers?)\s+(?:want|expect)\s+to\s+(?:hear|know|see)|why\s+(?:they|interviewers?|employers?|hiring\s+managers?)\s+ask(?:\s+this(?:\s+question)?)?|why\s+this\s+question\s+(?:matters|is\s+asked)|why\s+(?:this|it)\s+(?:is\s+|gets\s+)?asked|what\s+(?:this|the)\s+question\s+(?:tests|assesses|evaluates|is\s+about)|evaluation\s+criteria|scoring(?:\s+(?:guide|rubric|criteria))?|introduction|explanation|(?:pro\s+)?tips?(?:\s+for\s+answering)?|key\s+points(?:\s+to\s+(?:cover|include|mention))?|(?:answer\s+)?strategy|qué\s+no\s+decir|qué\s+decir|qué\s+buscan|cómo\s+responder|estructura(?:\s+recomendada)?|structure|consejos|respuestas\s+seguras)\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdviceHeadingRegex();

    // "Common questions", "BQ常见问题", "Questions I was asked", "Preguntas frecuentes": a heading over a list of questions.
    [GeneratedRegex(@"\b(?:questions?|prompts?|preguntas?|fragen|qs)\b|问题|题目|面试题", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionsWordRegex();

    /// <summary>True for a heading that names the list under it as questions, and not questions to ask the interviewer.</summary>
    public static bool NamesQuestions(DocumentBlock heading)
    {
        var text = heading.Trimmed;
        return text.Length <= 80 && QuestionsWordRegex().IsMatch(text) && !IsNotesHeading(heading)
            && !text.Contains("ask", StringComparison.OrdinalIgnoreCase) && !text.Contains("follow", StringComparison.OrdinalIgnoreCase)
            && !text.EndsWith('?');
    }

    /// <summary>True for a short line that heads advice about the question ("How to answer", "What not to say").</summary>
    public static bool IsAdviceHeading(string trimmed)
    {
        var text = StripHeadingMarks(WithoutLeadingSymbols(trimmed));
        return text.Length is > 3 and <= 80 && AdviceHeadingRegex().IsMatch(text);
    }

    /// <summary>"Notes", "Questions to ask them", "Tips for the interview:", "Thanks and regards," alone on a line or as a heading.</summary>
    public static bool IsNotesHeading(DocumentBlock block) =>
        !block.IsListItem && block.Trimmed.Length <= 60 && NotesHeadingRegex().IsMatch(StripHeadingMarks(WithoutLeadingSymbols(block.Trimmed)));

    /// <summary>True for a table of contents ("Table of contents", "Contents", "On this page"): it ends only at a heading.</summary>
    public static bool IsContentsHeading(DocumentBlock block)
    {
        var text = StripHeadingMarks(WithoutLeadingSymbols(block.Trimmed)).ToLowerInvariant();
        return text is "table of contents" or "contents" or "toc" or "on this page";
    }

    /// <summary>True for notes that list questions for the interviewer ("Questions to ask them").</summary>
    public static bool IsQuestionsToAsk(DocumentBlock block) =>
        IsNotesHeading(block) && block.Trimmed.Contains("ask", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the greeting of a letter ("Hi,", "Dear Ms Patel,").</summary>
    public static bool IsGreeting(string trimmed) => trimmed.Length <= 48 && GreetingRegex().IsMatch(trimmed);

    /// <summary>True for a line about the question ("Difficulty: easy", "Competency: …", "Also answers: …").</summary>
    public static bool IsMetadata(string trimmed) => trimmed.Length <= 300 && MetadataRegex().IsMatch(trimmed);

    /// <summary>True for a line that separates two versions of an answer ("(or)", "OR").</summary>
    public static bool IsAlternative(string trimmed) => trimmed.Length <= 24 && AlternativeRegex().IsMatch(trimmed);

    /// <summary>True when the text opens the way questions do: "What …", "How …", "Describe …", "Walk me through …".</summary>
    public static bool AsksQuestion(string text) => AsksQuestionRegex().IsMatch(text);

    public static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>A category heading's name: "Category: Leadership", "Section 2 – Teamwork" → "Leadership", "Teamwork"; the label word is <paramref name="prefix"/>.</summary>
    public static string CategoryName(string text, out string? prefix)
    {
        var name = StripHeadingMarks(text);
        var match = CategoryPrefixRegex().Match(name);
        if (!match.Success || match.Length >= name.Length)
        {
            prefix = null;
            return name;
        }

        prefix = match.Value.Trim();
        return StripHeadingMarks(name[match.Length..]);
    }

    public static string StripHeadingMarks(string text) =>
        ListMarker.WithoutPastedBullet(text).Trim().Trim('#', '*', '_', '=', '~', '-', ' ', ':', '•', '●', '○', '◦', '▪', '▫', '■', '□', '·', '‣', '⁃');

    // Emoji and symbols in front of a heading ("📝 Reminders"): surrogate halves, variation selectors, joiners.
    public static string WithoutLeadingSymbols(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsSurrogate(text[start]) || text[start] is '\uFE0F' or '\u200D' or ' ' or '\t' or '★' or '☆' or '✔' or '✓' or '•' or '→' or '✅' or '⭐'))
        {
            start++;
        }

        return start == 0 ? text : text[start..];
    }
}
