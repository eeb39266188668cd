using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Banks;

/// <summary>One prepared answer (a story) to a question.</summary>
/// <param name="Id">Stable id (<c>a-…</c>).</param>
/// <param name="Kind">What sort of answer this is.</param>
/// <param name="Text">The full answer as written, labels included.</param>
/// <param name="Sections">The labelled parts (Situation, Task, …) in source order.</param>
/// <param name="Label">The heading that introduced this answer ("Compressed version", "Solution"), if any.</param>
/// <param name="Confidence">How sure import is that this is one answer of its own (0–1); null when not imported from a document.</param>
/// <param name="Title">The short name the candidate gave the story; null to use the one derived from it (<see cref="StoryTitle"/>).</param>
public sealed record Answer(
    string Id,
    AnswerKind Kind,
    string Text,
    ImmutableArray<AnswerSection> Sections,
    SourceSpan SourceSpan,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Title = null);

/// <summary>The kind of a prepared answer.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<AnswerKind>))]
public enum AnswerKind
{
    /// <summary>A story told with STAR-style labels.</summary>
    Star,

    /// <summary>A story without labels.</summary>
    Freeform,

    /// <summary>A shortened variant of another answer (60–90 seconds).</summary>
    Compressed,

    /// <summary>The answer to "Tell me about yourself".</summary>
    Pitch,

    /// <summary>A model solution published with a question, in numbered sections.</summary>
    Solution,
}

/// <summary>A labelled part of an answer.</summary>
/// <param name="Label">The label as written, without markup or colon ("Situation", "Opportunity").</param>
/// <param name="Text">The text that follows the label, as written.</param>
public sealed record AnswerSection(string Label, string Text);
