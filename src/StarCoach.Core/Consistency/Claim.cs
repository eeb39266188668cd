using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Consistency;

/// <summary>
/// A checkable statement found in a story or a résumé: a figure with what it measures, an employer, a role or a tenure.
/// </summary>
/// <param name="Kind">What sort of claim this is.</param>
/// <param name="Subject">What the claim is about, normalised for comparison ("serving latency", "google", "tech lead").</param>
/// <param name="Text">The words that make the claim, as written ("cut serving latency by 30%").</param>
/// <param name="Value">The figure, for numeric claims.</param>
/// <param name="Employer">The employer the claim is made about (from the sentence or the story), if known.</param>
/// <param name="Location">Where the claim is written.</param>
/// <param name="IsTarget">True for goals and plans ("a goal of a 50% reduction"), which are not achievements to compare.</param>
/// <param name="IsConfident">True when the subject was read from a clear pattern ("reduced X by N%"), so the claim may be compared.</param>
public sealed record Claim(
    ClaimKind Kind,
    string Subject,
    string Text,
    ClaimValue? Value,
    string? Employer,
    ClaimLocation Location,
    bool IsTarget = false,
    bool IsConfident = true);

/// <summary>The sort of a claim.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ClaimKind>))]
public enum ClaimKind
{
    /// <summary>A percentage change or level of a metric ("cut latency by 30%").</summary>
    Percentage,

    /// <summary>A before→after figure ("from 9 to 2 per quarter").</summary>
    Change,

    /// <summary>A multiple ("a 2x increase in throughput").</summary>
    Multiple,

    /// <summary>An amount of money ("$50,000 per year").</summary>
    Money,

    /// <summary>A length of time ("three weeks", "within 5 years").</summary>
    Duration,

    /// <summary>A calendar date or year ("in 2019", "March 2021").</summary>
    Date,

    /// <summary>The size of a team ("a team of 8", "from 2-3 people to over 50").</summary>
    TeamSize,

    /// <summary>A count of users, requests, records, models ("10K records a second").</summary>
    Count,

    /// <summary>An employer the story happened at ("At Google", "while at NetApp").</summary>
    Employer,

    /// <summary>A role or title the candidate held ("tech lead", "IC6").</summary>
    Role,

    /// <summary>Time spent at an employer or in a career ("8 months at Google", "over 15 years of experience").</summary>
    Tenure,
}

/// <summary>A figure with how exact it is: "over 40%" is [40, ∞), "30-40%" is [30, 40], "about 40%" is [36, 44].</summary>
/// <param name="Low">Smallest value the wording allows.</param>
/// <param name="High">Largest value the wording allows (<see cref="double.PositiveInfinity"/> for "over").</param>
/// <param name="Unit">"%", "x", "$", "ms", "months", "people", a counted noun …</param>
/// <param name="Direction">Which way the figure moved, when it is a change.</param>
/// <param name="From">The starting value of a before→after figure.</param>
public sealed record ClaimValue(double Low, [property: JsonIgnore] double High, string Unit, ChangeDirection Direction = ChangeDirection.None, double? From = null)
{
    /// <summary><see cref="High"/> for JSON: null when unbounded ("over 40%"), since JSON has no infinity.</summary>
    [JsonPropertyName("high")]
    public double? UpperBound => double.IsPositiveInfinity(High) ? null : High;

    /// <summary>True when some value satisfies both figures.</summary>
    public bool Overlaps(ClaimValue other) => Low <= other.High && other.Low <= High;

    /// <summary>The figure for people, "over 40%", "30–40%", "$50,000".</summary>
    public string Describe()
    {
        var prefix = Unit is "$" or "€" or "£" ? Unit : string.Empty;
        string N(double v) => prefix + v.ToString(v >= 1000 ? "#,0.##" : "0.##", System.Globalization.CultureInfo.InvariantCulture);
        var range = double.IsPositiveInfinity(High) ? $"over {N(Low)}" : Low == High ? N(Low) : Low == 0 ? $"up to {N(High)}" : $"{N(Low)}–{N(High)}";
        return Unit switch
        {
            "%" => range + "%",
            "x" => range + "x",
            "$" or "€" or "£" => range,
            _ => $"{range} {Unit}",
        };
    }
}

/// <summary>Which way a figure moved.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ChangeDirection>))]
public enum ChangeDirection
{
    /// <summary>A level, not a change ("75% of data scientists").</summary>
    None,

    /// <summary>Went down: reduced, cut, lowered, saved.</summary>
    Down,

    /// <summary>Went up: increased, grew, boosted.</summary>
    Up,

    /// <summary>Improved, without saying which way the number moved.</summary>
    Improved,
}

/// <summary>Where a claim is written: an answer in the bank, or a line of the résumé.</summary>
/// <param name="Source"><see cref="ClaimSource.Bank"/> or <see cref="ClaimSource.Resume"/>.</param>
/// <param name="QuestionId">The question, for bank claims.</param>
/// <param name="AnswerId">The answer whose <see cref="Answer.Text"/> holds the claim, for bank claims.</param>
/// <param name="Start">Character offset of the claim in the answer text (bank) or in the résumé line (résumé).</param>
/// <param name="Length">Length of the claim in characters.</param>
/// <param name="Line">1-based source line: of the bank's source file, or of the résumé.</param>
/// <param name="Excerpt">The sentence around the claim, for showing it.</param>
public sealed record ClaimLocation(ClaimSource Source, string? QuestionId, string? AnswerId, int Start, int Length, int Line, string Excerpt);

/// <summary>Which document a claim comes from.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ClaimSource>))]
public enum ClaimSource
{
    /// <summary>An answer of the bank.</summary>
    Bank,

    /// <summary>The résumé.</summary>
    Resume,
}
