using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using StarCoach.Core.Review;

namespace StarCoach.Web.Rendering;

/// <summary>
/// The answer text as HTML with findings wrapped in <c>&lt;mark&gt;</c>. Built by hand rather than in Razor because
/// the text is shown with <c>white-space: pre-wrap</c>, where template indentation would show; every piece of
/// imported text goes through <see cref="HtmlEncoder"/>.
/// </summary>
public static class HighlightedAnswer
{
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

            var title = string.Join("\n", segment.Findings.Select(i => findings[i].Message).Distinct());
            html.Append("<mark class=\"finding ").Append(ScoreStyle.Of(severity))
                .Append("\" title=\"").Append(encoder.Encode(title))
                .Append("\" data-findings=\"").Append(string.Join(",", segment.Findings)).Append("\">")
                .Append(encoder.Encode(segment.Text))
                .Append("</mark>");
        }

        return new HtmlString(html.ToString());
    }
}
