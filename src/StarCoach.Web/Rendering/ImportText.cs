using StarCoach.Core.Banks;
using StarCoach.Core.Text;

namespace StarCoach.Web.Rendering;

/// <summary>How the import pages name source lines and preview imported text (always shown HTML-encoded).</summary>
public static class ImportText
{
    public static string Lines(SourceSpan span) =>
        span.StartLine == span.EndLine ? $"line {span.StartLine}" : $"lines {span.StartLine}–{span.EndLine}";

    /// <summary>The text on one line, cut at <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max = 160) => OneLine.Of(text, max);
}
