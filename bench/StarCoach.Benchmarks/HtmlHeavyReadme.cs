using System.Globalization;
using System.Text;

namespace StarCoach.Benchmarks;

/// <summary>
/// A Markdown story bank of a given size written the way GitHub READMEs are, generated here (no one's text is
/// copied): front matter, a table of contents, a prep-grid table, and per story an HTML collapsible with a question
/// summary, bold labels with <c>&lt;br&gt;</c>, a list, a code fence of notes and a link.
/// </summary>
internal static class HtmlHeavyReadme
{
    private static readonly string[] Topics =
    [
        "missed a deadline", "disagreed with your manager", "led a team through a reorganisation", "calmed an angry customer",
        "improved a slow process", "learned a new system in a week", "mentored a new colleague", "made a decision without enough data",
    ];

    public static string Generate(int bytes)
    {
        var text = new StringBuilder();
        text.Append("---\ntitle: Interview stories\ntags: [behavioral, star]\n---\n\n# Interview stories\n\n## Contents\n\n");
        for (var i = 0; i < Topics.Length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- [Story {i + 1}](#story-{i + 1})\n");
        }

        text.Append("\n| Question | Story |\n|---|---|\n");
        foreach (var topic in Topics)
        {
            text.Append(CultureInfo.InvariantCulture, $"| Tell me about a time you {topic}. | I have a story about the time I {topic} at the depot. |\n");
        }

        for (var n = 1; text.Length < bytes; n++)
        {
            var topic = Topics[n % Topics.Length];
            text.Append(CultureInfo.InvariantCulture, $"""

                <details>
                <summary><b>Q{n}: Tell me about a time you {topic}.</b></summary>

                <b>Situation:</b> In year {2015 + n % 9} our warehouse team of {n % 40 + 5} people faced the week when we {topic}.<br>
                <b>Task:</b> I had to keep {n % 90 + 10}% of orders on time while we <i>changed</i> how we worked.<br>
                <b>Action:</b>
                <ul>
                  <li>I mapped the work with the shift leads and cut {n % 7 + 2} steps.</li>
                  <li>I met each person for <strong>fifteen minutes</strong> &amp; asked what slowed them down.</li>
                </ul>
                <b>Result:</b> Late orders fell from {n % 30 + 20} to {n % 9 + 1} a week; see [the write-up](https://example.org/stories/{n}).

                ```text
                Notes: keep it under two minutes; lead with the result.
                ```

                </details>

                """);
        }

        return text.ToString();
    }
}
