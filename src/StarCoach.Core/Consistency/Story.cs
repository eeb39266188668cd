using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Consistency;

/// <summary>
/// One story of the bank as the consistency checks see it: where it happened, what project it is about
/// ("a dynamic content personalization engine for Google’s Discover feed") and the named things in it
/// (products, tools) that a résumé would mention if it listed the project.
/// </summary>
internal sealed partial record Story(Question Question, Answer Answer, bool IsFollowUp, string? Employer, string Title, bool HasProjectName, ImmutableArray<string> TitleTerms, ImmutableArray<string> NamedTerms, ClaimLocation Location)
{
    private const int MaxTitleWords = 14;

    /// <summary>The story is looked for a project name in its first sentences only: later ones tell what was done.</summary>
    private const int TitleSentences = 3;

    private const int MinTitleWords = 3;

    [GeneratedRegex(@"(?i:\b(?:project|initiative|effort|engagement)\s+(?:to|aimed\s+at|involving|for|on|called|named|that)\s+|\b(?:lead|leading|led)\s+(?:the\s+)?(?:development|design|deployment|migration|implementation|rollout|delivery)\s+of\s+|\b(?:working|worked)\s+on\s+|\b(?:tasked\s+with|responsible\s+for)\s+|\b(?:leading|led)\s+a\s+team\s+to\s+|\b(?:to|was\s+to)\s+(?:create|build|develop|design|migrate|deliver|implement|improve|optimize|reduce)\s+|\bduring\s+(?:the\s+)?(?:rollout|implementation|design\s+phase|launch|development)\s+of\s+)(?<title>[^.,;:!?()\n]{6,160})|[""“‘](?<title>[A-Z][^""”’\n]{8,100})[""”’]",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TitleRegex();

    // "leading the development of a new data pipeline" names the pipeline, not the leading.
    [GeneratedRegex(@"^(?:(?:leading|building|developing|creating|designing|implementing|optimizing|improving|ensuring|migrating)\s+(?:the\s+)?(?:(?:development|design|deployment|migration|implementation|rollout|delivery|performance|efficiency)\s+of\s+)?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleLeadRegex();

    private static readonly HashSet<string> TitleStop = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "new", "our", "my", "their", "for", "of", "to", "and", "with", "on", "in", "at", "by", "from", "project", "system", "set",
        "team", "that", "this", "was", "were", "is", "critical", "major", "large", "key", "complex", "set", "some", "process", "solution", "based",
        "optimizing", "improving", "building", "developing", "creating", "implementing", "high", "highly", "across", "using", "such", "very",
    };

    private static readonly HashSet<string> NotNamed = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "Situation", "Task", "Action", "Result", "Results", "Outcome", "Opportunity", "Analysis", "However", "Instead", "Also", "Then", "After",
        "During", "While", "When", "We", "My", "Our", "The", "This", "That", "It", "As", "In", "At", "By", "For", "To", "If", "Although", "Because",
        "Finally", "First", "Second", "Third", "Initially", "Even", "Now", "Despite", "With", "Through", "Furthermore", "More", "Many", "Some",
    };

    public static Story Of(Question question, Answer answer, bool isFollowUp, string? employer, EmployerDirectory directory)
    {
        var text = answer.Text;
        var opening = Opening(text);
        var match = TitleRegex().Match(opening);
        var named = match.Success ? Shorten(TitleLeadRegex().Replace(match.Groups["title"].Value.Trim(), string.Empty)) : null;
        var hasTitle = named is not null && named.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinTitleWords;
        var title = hasTitle ? named! : Shorten(FirstClause(text));
        var employerEntities = directory.Resolve(employer ?? string.Empty) is { } e ? CareerMentions.Entities(e) : [];
        var namedWords = NamedWords(text, employerEntities);
        var titleNamed = NamedWords(title, employerEntities);
        var titleTerms = titleNamed.Count > 0
            ? titleNamed
            : WordTokenizer.Words(title).Where(w => w.Length > 3 && !TitleStop.Contains(w)).Select(w => w.ToLowerInvariant()).Distinct().ToList();
        var location = new ClaimLocation(ClaimSource.Bank, question.Id, answer.Id, 0, Math.Min(text.Length, TextSpans.Sentences(text).FirstOrDefault().Length), answer.SourceSpan.StartLine, TextSpans.Excerpt(FirstSentence(text)));
        return new Story(question, answer, isFollowUp, employer, title, hasTitle, [.. titleTerms], [.. namedWords], location);
    }

    /// <summary>Capitalised words that are not sentence openers, labels or the employer: products, tools, teams.</summary>
    internal static List<string> NamedWords(string text, IReadOnlyList<string> employerEntities)
    {
        var named = new List<string>();
        foreach (var span in WordTokenizer.Spans(text))
        {
            var word = text.Substring(span.Start, span.Length);
            var atSentenceStart = span.Start == 0 || PreviousNonSpace(text, span.Start) is '.' or '\n' or '?' or '!' or ':' or '•' or '"' or '“';
            if (word.Length < 2 || !char.IsUpper(word[0]) || NotNamed.Contains(word) || atSentenceStart && !HasInnerCapital(word))
            {
                continue;
            }

            var key = word.ToLowerInvariant();
            if (key.EndsWith("’s", StringComparison.Ordinal) || key.EndsWith("'s", StringComparison.Ordinal))
            {
                key = key[..^2];
            }

            if (!employerEntities.Contains(key) && !named.Contains(key))
            {
                named.Add(key);
            }
        }

        return named;
    }

    private static bool HasInnerCapital(string word) => word.Skip(1).Any(char.IsUpper);

    private static char PreviousNonSpace(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i];
            }
        }

        return '\n';
    }

    private static string Opening(string text)
    {
        var sentences = TextSpans.Sentences(text).Take(TitleSentences).ToList();
        return sentences.Count == 0 ? string.Empty : text[..Math.Min(text.Length, sentences[^1].Start + sentences[^1].Length)];
    }

    private static string FirstSentence(string text)
    {
        var first = TextSpans.Sentences(text).FirstOrDefault();
        return first.Length == 0 ? text : text.Substring(first.Start, first.Length);
    }

    private static string FirstClause(string text)
    {
        var sentence = FirstSentence(text);
        var colon = sentence.IndexOf(':', StringComparison.Ordinal);
        if (colon is > 0 and < 20)
        {
            sentence = sentence[(colon + 1)..];
        }

        var comma = sentence.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && comma < sentence.Length - 1 && sentence.StartsWith(" At", StringComparison.OrdinalIgnoreCase) ? sentence[(comma + 1)..] : sentence;
    }

    private static string Shorten(string title)
    {
        var words = title.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(MaxTitleWords)).TrimEnd('.', ',', ';', ':');
    }
}
