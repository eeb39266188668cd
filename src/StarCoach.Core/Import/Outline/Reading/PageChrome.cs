using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// The parts of a saved web page or docs site that are page furniture, not prep text: MDX import lines, admonition
/// fences (<c>:::tip</c>), navigation ("What's next?", "Next up: …", "Read full answer", "Share this"), bylines.
/// </summary>
internal static partial class PageChrome
{
    [GeneratedRegex(@"^\s*(?:import\s+[\w{}\s,*]+\s+from\s+['""][^'""]+['""];?\s*$|export\s+(?:default|const)\b|:::\s*\w*)", RegexOptions.CultureInvariant)]
    private static partial Regex SetUpRegex();

    [GeneratedRegex(@"^\W*(?:what(?:'|’)?s\s+next|next\s+up|up\s+next|next\s+steps?|previous|related(?:\s+(?:articles?|posts?|reading|questions?))?|see\s+also|further\s+reading|read\s+(?:more|full\s+answer|the\s+full\s+\w+)|share\s+(?:this|on)|back\s+to\s+top|jump\s+to|skip\s+to|subscribe|sign\s+up|log\s+in|advertisement|sponsored|cookie|written\s+by|posted\s+(?:on|by)|last\s+updated|updated\s+on|published\s+on|by\s+[A-Z][a-z]+\s+[A-Z][a-z]+\s*$)\b[^\r\n]{0,120}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NavigationRegex();

    [GeneratedRegex(@"^\W*(?:(?:click|tap)\s+(?:here\s+)?to\s+(?:expand|collapse|show|see|view|reveal|open)\b[^\r\n]{0,40}|(?:show|view|see|reveal|hide)\s+(?:the\s+|my\s+)?(?:answers?|more|details|solutions?|example)|expand|details|more|answers?|solutions?|spoiler|read\s+more)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DisclosureRegex();

    /// <summary>True for the words on a collapsible's toggle that only say how to open it ("Click to expand", "Show answer").</summary>
    public static bool IsDisclosureLabel(string text) => text.Length <= 80 && DisclosureRegex().IsMatch(text);

    /// <summary>True for an MDX import or export line or an admonition fence (":::danger Red Flag").</summary>
    public static bool IsSetUp(string text) => SetUpRegex().IsMatch(text);

    /// <summary>True for navigation and bylines: "What's Next?", "Next up: Conflict Resolution", "Read full answer".</summary>
    public static bool IsNavigation(string text) => text.Length <= 160 && NavigationRegex().IsMatch(text);
}
