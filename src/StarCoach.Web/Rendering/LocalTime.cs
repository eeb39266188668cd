using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using StarCoach.Core.Text;

namespace StarCoach.Web.Rendering;

/// <summary>
/// Instants as the candidate reads them: a <c>&lt;time&gt;</c> element carrying the UTC instant, which
/// <c>wwwroot/js/local-time.js</c> rewrites in the browser's own time zone. Without scripts the text says the date
/// and time in UTC, and says so — the server does not know where the candidate is.
/// </summary>
public static class LocalTime
{
    /// <summary>The day and time: "Thu 6 Mar 2025, 09:00 UTC" until the browser shows it locally.</summary>
    public static IHtmlContent DateTime(DateTimeOffset instant) => Element(instant, "datetime", "ddd d MMM yyyy, HH:mm");

    /// <summary>The day only: "6 Mar 2025 (UTC)" until the browser shows it locally.</summary>
    public static IHtmlContent Date(DateTimeOffset instant) => Element(instant, "date", "d MMM yyyy");

    /// <summary>
    /// When a story is due next: "now" when that is not in the future (never a time already past), else how far away
    /// it is and when ("in 3 days · Thu 6 Mar 2025, 09:00").
    /// </summary>
    public static IHtmlContent Due(DateTimeOffset? due, DateTimeOffset now)
    {
        if (RelativeTime.IsDue(due, now))
        {
            return new HtmlString(RelativeTime.Until(due, now));
        }

        var builder = new HtmlContentBuilder();
        builder.Append(RelativeTime.Until(due, now));
        builder.AppendHtml(" · ");
        builder.AppendHtml(DateTime(due!.Value));
        return builder;
    }

    private static HtmlString Element(DateTimeOffset instant, string kind, string format)
    {
        var utc = instant.ToUniversalTime();
        var iso = utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var text = utc.ToString(format, CultureInfo.InvariantCulture) + (kind == "date" ? " (UTC)" : " UTC");
        var html = HtmlEncoder.Default;
        return new HtmlString($"<time datetime=\"{html.Encode(iso)}\" data-local=\"{kind}\">{html.Encode(text)}</time>");
    }
}
