using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Practice.Recall;

/// <summary>What sort of fact of the prepared story a recall item is.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RecallKind>))]
public enum RecallKind
{
    /// <summary>A sentence that tells an action or a result.</summary>
    KeyPoint,

    /// <summary>A number with its unit: a percentage, money, a duration, a count.</summary>
    Figure,

    /// <summary>An employer, product, system or person.</summary>
    Name,

    /// <summary>A choice between options ("X instead of Y", "decided to …").</summary>
    Decision,
}

/// <summary>Whether the attempt told a fact of the prepared story.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RecallStatus>))]
public enum RecallStatus
{
    /// <summary>Told, in the candidate's own words.</summary>
    Told,

    /// <summary>Not told.</summary>
    Missed,

    /// <summary>Told differently: another figure (30% became 40%) or another employer.</summary>
    Changed,
}

/// <summary>One fact of the prepared story and whether the attempt told it.</summary>
/// <param name="Prepared">The fact as the prepared story has it: the key point or decision, the figure ("over 70%"), the name.</param>
/// <param name="Context">The prepared sentence it comes from, shortened.</param>
/// <param name="Told">What the attempt said for it: the matching sentence, or the figure or name told instead; null when missed.</param>
public sealed record RecallItem(RecallKind Kind, RecallStatus Status, string Prepared, string Context, string? Told);

/// <summary>How much of the prepared story an attempt told.</summary>
/// <param name="Items">Key points, decisions, figures and names in that order, each in story order.</param>
/// <param name="Score">
/// 0–1: the weighted share of facts told. A changed fact earns half (the candidate remembered there was one, not
/// what it was); names weigh half as much as the rest. 1 when the story has no facts to compare.
/// </param>
public sealed record RecallReport(ImmutableArray<RecallItem> Items, double Score)
{
    /// <summary>Items told.</summary>
    [JsonIgnore]
    public int Told => Items.Count(i => i.Status == RecallStatus.Told);

    /// <summary>Items missed.</summary>
    [JsonIgnore]
    public int Missed => Items.Count(i => i.Status == RecallStatus.Missed);

    /// <summary>Items told differently.</summary>
    [JsonIgnore]
    public int Changed => Items.Count(i => i.Status == RecallStatus.Changed);
}
