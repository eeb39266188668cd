using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>Tells narration ("I led the migration") from prompts ("Tell me about a time you …").</summary>
internal static partial class FirstPerson
{
    // "me" only counts when it is not the object of a prompt verb ("tell me", "give me", "walk me through").
    [GeneratedRegex(@"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|my|mine|myself|we|we're|we’re|we've|we’ve|our|ours|us)\b|(?<!\b(?i:tell|give|show|walk|let|help|ask|remind)\s)\bme\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex NarrationRegex();

    /// <summary>True when the text speaks in the first person (I, my, we, our) the way answers do.</summary>
    public static bool Narrates(string text) => NarrationRegex().IsMatch(text);
}
