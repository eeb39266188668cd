using System.Text.RegularExpressions;
using StarCoach.Core.Text;

namespace StarCoach.Core.Practice.Recall;

/// <summary>
/// The word stems a retelling is compared by: content words only (no stop words, no numbers — figures are compared
/// on their own), British "-ise" spellings read as "-ize", and the few outcome verbs people swap when retelling
/// ("cut" for "reduced") read as one.
/// </summary>
internal static partial class RecallStems
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["cut"] = "reduc", ["lower"] = "reduc", ["decreas"] = "reduc", ["drop"] = "reduc", ["shrank"] = "reduc", ["shrink"] = "reduc",
        ["slash"] = "reduc", ["trim"] = "reduc", ["halv"] = "reduc",
        ["boost"] = "increas", ["rais"] = "increas", ["grew"] = "increas", ["grow"] = "increas", ["rose"] = "increas", ["doubl"] = "increas",
        ["reduct"] = "reduc", ["built"] = "build", ["ran"] = "run", ["led"] = "lead", ["chose"] = "choos", ["chosen"] = "choos", ["made"] = "make",
    };

    public static HashSet<string> Of(string text)
    {
        var normalised = BritishSpelling().Replace(text, "${1}z$2");
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var term in TextTerms.Of(normalised))
        {
            if (!term.IsStopWord && !char.IsAsciiDigit(normalised[term.Start]))
            {
                stems.Add(Synonyms.GetValueOrDefault(term.Stem, term.Stem));
            }
        }

        return stems;
    }

    [GeneratedRegex(@"(?<=\w\w)([iy])s(e|ed|es|ing|ation|ations)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BritishSpelling();
}
