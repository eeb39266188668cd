using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Competencies;

/// <summary>Whether a user override adds or removes a tag.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<TagOverrideAction>))]
public enum TagOverrideAction
{
    /// <summary>The answer shows the competency, whatever the tagger found.</summary>
    Add,

    /// <summary>The answer does not show the competency, whatever the tagger found.</summary>
    Remove,
}

/// <summary>A user's correction of one tag of one answer.</summary>
public sealed record TagOverride(string AnswerId, string Framework, string CompetencyId, TagOverrideAction Action);

/// <summary>
/// The user's corrections to automatic tagging, applied on top of it. Immutable: <see cref="With"/> and
/// <see cref="Without"/> return a new set. At most one override per answer, framework and competency; the
/// latest wins. Stored by the caller (a sidecar file for the CLI, a table for the web app) and kept across
/// re-imports because answer ids are stable.
/// </summary>
public sealed record TagOverrides(ImmutableArray<TagOverride> Items)
{
    /// <summary>No overrides.</summary>
    public static TagOverrides Empty { get; } = new(ImmutableArray<TagOverride>.Empty);

    /// <summary>This set with <paramref name="item"/> replacing any override of the same tag.</summary>
    public TagOverrides With(TagOverride item) =>
        new([.. Items.Where(o => !SameTag(o, item.AnswerId, item.Framework, item.CompetencyId)), item]);

    /// <summary>This set without any override of the given tag.</summary>
    public TagOverrides Without(string answerId, string framework, string competencyId) =>
        new([.. Items.Where(o => !SameTag(o, answerId, framework, competencyId))]);

    /// <summary>The overrides of one answer.</summary>
    public IEnumerable<TagOverride> For(string answerId) => Items.Where(o => o.AnswerId == answerId);

    private static bool SameTag(TagOverride o, string answerId, string framework, string competencyId) =>
        o.AnswerId == answerId && o.Framework == framework && o.CompetencyId == competencyId;
}
