using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Core.Tests.Support;

/// <summary>Checks the lossless rule: every word of the source appears in the bank at least as often.</summary>
internal static partial class WordCoverage
{
    /// <summary>Words of <paramref name="source"/> (with multiplicity) that the bank does not hold.</summary>
    public static List<string> MissingWords(string source, Bank bank, Func<string, string>? normalize = null)
    {
        normalize ??= text => text;
        var held = Count(BankStrings(bank).Select(normalize));
        var missing = new List<string>();
        foreach (var (word, count) in Count([normalize(source)]))
        {
            var have = held.GetValueOrDefault(word);
            for (var i = have; i < count; i++)
            {
                missing.Add(word);
            }
        }

        return missing;
    }

    /// <summary>
    /// Words of a Markdown source that a reader sees. Inline markup (<c>*</c>, <c>_</c>, <c>`</c>, <c>~</c>), backslash escapes and HTML
    /// entities are how the author formatted words, not words: both sides drop them before counting, so
    /// "un*believ*able" is one word on both sides. The zero-width space import puts where dropping marks would glue two
    /// words ("**数字**或") is dropped too. An inline tag is read the way a browser shows it: "K&lt;sup&gt;2&lt;/sup&gt;" is the word
    /// "K2", and the tag's own words are counted on their own, as import keeps them aside.
    /// </summary>
    public static List<string> MissingMarkdownWords(string markdown, Bank bank) =>
        MissingWords(markdown, bank, text => AsRendered(new string(System.Net.WebUtility.HtmlDecode(text).Where(c => c is not ('*' or '_' or '`' or '~' or '\\' or '\u200B')).ToArray())));

    private static string AsRendered(string text)
    {
        var tags = InlineTag().Matches(text);
        return tags.Count == 0 ? text : InlineTag().Replace(text, tag => BreaksLine(tag.Groups[1].Value) ? " " : string.Empty) + "\n" + string.Join(' ', tags.Select(tag => tag.Value));
    }

    private static bool BreaksLine(string tagName) => tagName.ToLowerInvariant() is
        "p" or "div" or "br" or "hr" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "details" or "summary" or "table" or "thead" or "tbody"
        or "tr" or "td" or "th" or "blockquote" or "pre" or "section" or "article" or "header" or "footer" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    // A tag may break across lines before an attribute, as Markdig reads it ("u4c<h\rS>jowlfs" shows "u4cjowlfs"); a line
    // end right before ">" ("tV<L\r>tj") or a blank line is not a tag.
    [System.Text.RegularExpressions.GeneratedRegex(@"</?([A-Za-z][A-Za-z0-9-]*)(?:(?:[^\S\r\n]|\r\n?(?=[ \t]*[^\s<>])|\n(?=[ \t]*[^\s<>]))(?:[^<>\r\n]|\r\n?(?=[ \t]*[^\s<>])|\n(?=[ \t]*[^\s<>]))*)?/?>|<!--.*?-->|<![A-Za-z][^<>]*>|<\?.*?\?>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex InlineTag();

    /// <summary>Every text field of the bank that the lossless rule counts.</summary>
    public static IEnumerable<string> BankStrings(Bank bank)
    {
        if (bank.Title is not null)
        {
            yield return bank.Title;
        }

        foreach (var question in bank.Questions)
        {
            yield return question.Text;
            if (question.Category is not null)
            {
                yield return question.Category;
            }

            if (question.Instruction is not null)
            {
                yield return question.Instruction;
            }

            if (question.Evaluates is not null)
            {
                yield return question.Evaluates;
            }

            foreach (var answer in question.Answers)
            {
                yield return answer.Text;
                if (answer.Label is not null)
                {
                    yield return answer.Label;
                }
            }

            foreach (var followUp in question.FollowUps)
            {
                yield return followUp.Question;
                if (followUp.Answer is not null)
                {
                    yield return followUp.Answer.Text;
                }
            }
        }

        foreach (var item in bank.Unassigned)
        {
            yield return item.Text;
        }
    }

    private static Dictionary<string, int> Count(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in WordTokenizer.Words(text))
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        return counts;
    }
}
