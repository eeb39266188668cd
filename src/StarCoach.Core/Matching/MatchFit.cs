using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Matching;

/// <summary>How well a story fits a question, in the words the CLI and the web app both use.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MatchFit>))]
public enum MatchFit
{
    /// <summary>Little in common: a story to bend to the question only if nothing better exists.</summary>
    Weak,

    /// <summary>Some of what the question asks: usable with a changed emphasis.</summary>
    Partial,

    /// <summary>The story answers this kind of question.</summary>
    Strong,
}

/// <summary>
/// One scale for match scores (<see cref="StoryMatch.Score"/>): strong, partial, weak. The cut-offs were read off the
/// top five of the 45 questions of <c>paraphrases-holdout5.json</c> on the seed bank (<c>docs/benchmarks.md</c>,
/// "Match"): of the stories scoring at least <see cref="StrongFrom"/>, 20 of 24 were the expected story; between the
/// two cut-offs 25 of 72; under <see cref="PartialFrom"/> 15 of 129. Off-topic questions (a wedding, a marathon) topped
/// out at 0.34–0.47.
/// </summary>
public static class MatchFits
{
    /// <summary>Scores from here are a strong fit.</summary>
    public const double StrongFrom = 0.45;

    /// <summary>Scores from here (and below <see cref="StrongFrom"/>) are a partial fit; below, weak.</summary>
    public const double PartialFrom = 0.33;

    /// <summary>What to say when no story fits strongly, followed by " — " and <see cref="SeeCoverage"/>.</summary>
    public const string NoStrongStory = "No strong story for this question";

    /// <summary>Where to go from there: the competencies no story shows (a link on the web).</summary>
    public const string SeeCoverage = "see the gaps in Coverage";

    /// <summary>The fit of a match score.</summary>
    public static MatchFit Of(double score) => score >= StrongFrom ? MatchFit.Strong : score >= PartialFrom ? MatchFit.Partial : MatchFit.Weak;

    /// <summary>"strong", "partial" or "weak".</summary>
    public static string Name(MatchFit fit) => fit switch
    {
        MatchFit.Strong => "strong",
        MatchFit.Partial => "partial",
        _ => "weak",
    };

    /// <summary>True when no result is a strong fit: the question is a gap to write a story for.</summary>
    public static bool NoneStrong(ImmutableArray<StoryMatch> results) => !results.Any(r => r.Fit == MatchFit.Strong);
}
