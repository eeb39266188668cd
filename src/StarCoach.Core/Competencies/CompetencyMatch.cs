using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Competencies;

/// <summary>A competency a question or answer shows, how sure the tagger is, and the sentences that show it.</summary>
/// <param name="Framework">Framework id.</param>
/// <param name="CompetencyId">Competency id within the framework.</param>
/// <param name="Name">The competency's display name.</param>
/// <param name="Confidence">0–1: how strongly the text shows the competency (1 for a tag the user added).</param>
/// <param name="Evidence">The sentences that show it, strongest first; empty for a tag the user added without text.</param>
/// <param name="AddedByUser">True when the tag comes from a user override rather than the text.</param>
public sealed record CompetencyMatch(
    string Framework,
    string CompetencyId,
    string Name,
    double Confidence,
    ImmutableArray<CompetencyEvidence> Evidence,
    bool AddedByUser = false)
{
    /// <summary>The framework-qualified id, <c>amazon/dive-deep</c>.</summary>
    [JsonIgnore]
    public string Key => Framework + "/" + CompetencyId;
}

/// <summary>A sentence that shows a competency, with the cue phrases found in it.</summary>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="Cues">The cue phrases of the competency found in the sentence (as the framework spells them).</param>
/// <param name="Source">Whether the sentence is from the answer or from the question it answers.</param>
/// <param name="Start">Character offset of the sentence in the answer text (or question text).</param>
/// <param name="Length">Length of the sentence in characters.</param>
public sealed record CompetencyEvidence(string Sentence, ImmutableArray<string> Cues, EvidenceSource Source, int Start, int Length);

/// <summary>Where a piece of evidence was found.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<EvidenceSource>))]
public enum EvidenceSource
{
    /// <summary>In the answer's own text.</summary>
    Answer,

    /// <summary>In the question the answer was prepared for.</summary>
    Question,
}

/// <summary>The competencies of one answer.</summary>
public sealed record AnswerCompetencies(string QuestionId, string AnswerId, ImmutableArray<CompetencyMatch> Competencies);

/// <summary>The competencies of every question and answer of a bank, overrides applied.</summary>
/// <param name="Answers">One entry per answer, in bank order.</param>
/// <param name="Questions">The competencies each question text asks about, by question id.</param>
public sealed record BankCompetencies(
    ImmutableArray<AnswerCompetencies> Answers,
    ImmutableDictionary<string, ImmutableArray<CompetencyMatch>> Questions)
{
    /// <summary>The competencies of the answer with <paramref name="answerId"/>; empty when unknown.</summary>
    public ImmutableArray<CompetencyMatch> ForAnswer(string answerId) =>
        Answers.FirstOrDefault(a => a.AnswerId == answerId)?.Competencies ?? [];
}
