using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using StarCoach.Core.Review;

namespace StarCoach.Web.Rendering;

/// <summary>
/// The answer text as HTML with findings wrapped in <c>&lt;mark&gt;</c>, each a link to the finding's entry in "What to
/// fix" (<see cref="EntryId"/>), so a keyboard reaches every highlight and a screen reader reads the finding with it. Built by hand rather than in Razor because
/// the text is shown with <c>white-space: pre-wrap</c>, where template indentation would show; every piece of
/// imported text goes through <see cref="HtmlEncoder"/>. <c>answer.js</c> draws the same after a live review.
/// </summary>
public static class HighlightedAnswer
{
    /// <summary>The id of the "What to fix" entry of the finding at <paramref name="index"/> of the review's findings.</summary>
    public static string EntryId(int index) => "fix-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static IHtmlContent Render(string text, IReadOnlyList<Finding> findings)
    {
        var encoder = HtmlEncoder.Default;
        var html = new StringBuilder(text.Length + (findings.Count * 80));
        foreach (var segment in HighlightSegments.Of(text, findings))
        {
            if (segment.Severity is not { } severity)
            {
                html.Append(encoder.Encode(segment.Text));
                continue;
            }

            // The worst finding of the run is the one the link opens.
            var worst = segment.Findings.OrderByDescending(i => findings[i].Severity).First();
            var title = string.Join("\n", segment.Findings.Select(i => findings[i].Message).Distinct());
            html.Append("<mark class=\"finding ").Append(ScoreStyle.Of(severity))
                .Append("\" title=\"").Append(encoder.Encode(title))
                .Append("\" data-findings=\"").Append(string.Join(",", segment.Findings)).Append("\">")
                .Append("<a href=\"#").Append(EntryId(worst)).Append("\" aria-describedby=\"").Append(EntryId(worst)).Append("\">")
                .Append(encoder.Encode(segment.Text))
                .Append("</a></mark>");
        }

        return new HtmlString(html.ToString());
    }
}
