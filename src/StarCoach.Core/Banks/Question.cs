using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Banks;

/// <summary>An interview question with the answers prepared for it.</summary>
/// <param name="Id">Stable id (<c>q-…</c>) derived from the question text.</param>
/// <param name="Text">The question as written, without its instruction suffix.</param>
/// <param name="Category">Heading the question sits under, if any.</param>
/// <param name="Instruction">How to answer ("Answer at IC6 level … in STAR format"), if the source adds one.</param>
/// <param name="Evaluates">What the question evaluates, when a question site says so.</param>
/// <param name="Parts">The separate asks of a multi-part question; empty for a single ask.</param>
/// <param name="Competencies">Competencies the question or its answers show, with evidence.</param>
/// <param name="Confidence">How sure import is that this line is a question (0–1); null when not imported from a document.</param>
/// <param name="Reading">Why import read the line as a question ("numbered like the questions around it"), when it was not sure.</param>
public sealed record Question(
    string Id,
    string Text,
    string? Category,
    string? Instruction,
    string? Evaluates,
    ImmutableArray<string> Parts,
    ImmutableArray<CompetencyTag> Competencies,
    SourceSpan SourceSpan,
    ImmutableArray<Answer> Answers,
    ImmutableArray<FollowUp> FollowUps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Confidence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reading = null);
