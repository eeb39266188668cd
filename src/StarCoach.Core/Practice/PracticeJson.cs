using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Practice;

/// <summary>
/// The JSON kept with each stored attempt (schemaVersion 1): the review with the probes it raised, and the recall
/// comparison. Stored so history shows what was said at the time, even after the rules or the story change.
/// Reading never throws: text that is not a document of this version reads as nothing.
/// </summary>
public static class PracticeJson
{
    /// <summary>The version written; documents of other versions are not read.</summary>
    public const int SchemaVersion = 1;

    private static readonly PracticeJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The review of an attempt and the probes it raised.</summary>
    public static string SerializeReview(AnswerReview review, ImmutableArray<Probe> probes) =>
        JsonSerializer.Serialize(new ReviewDocument(SchemaVersion, review, probes.IsDefault ? [] : probes), Context.ReviewDocument);

    /// <summary>Reads <see cref="SerializeReview"/>'s output; (null, empty) for anything else.</summary>
    public static (AnswerReview? Review, ImmutableArray<Probe> Probes) DeserializeReview(string? json)
    {
        var document = Read(json, Context.ReviewDocument);
        return document is { SchemaVersion: SchemaVersion } ? (document.Review, document.Probes.IsDefault ? [] : document.Probes) : (null, []);
    }

    /// <summary>The recall comparison of an attempt, with why it got its grade (<see cref="GradeExplanation"/>).</summary>
    public static string SerializeRecall(RecallReport recall, string? explanation = null) =>
        JsonSerializer.Serialize(new RecallDocument(SchemaVersion, recall, explanation), Context.RecallDocument);

    /// <summary>Reads <see cref="SerializeRecall"/>'s output; null for anything else.</summary>
    public static RecallReport? DeserializeRecall(string? json) => ReadRecall(json)?.Recall;

    /// <summary>The explanation of the grade kept with the recall; null when there is none (attempts stored before it was).</summary>
    public static string? DeserializeExplanation(string? json) => ReadRecall(json)?.Explanation;

    /// <summary>A card's state, kept so a review can be replaced.</summary>
    public static string SerializeCard(CardState card) => JsonSerializer.Serialize(card, Context.CardState);

    /// <summary>Reads <see cref="SerializeCard"/>'s output; null for anything else.</summary>
    public static CardState? DeserializeCard(string? json) => Read(json, Context.CardState);

    private static RecallDocument? ReadRecall(string? json) =>
        Read(json, Context.RecallDocument) is { SchemaVersion: SchemaVersion } document ? document : null;

    private static T? Read<T>(string? json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    internal sealed record ReviewDocument(int SchemaVersion, AnswerReview Review, ImmutableArray<Probe> Probes);

    internal sealed record RecallDocument(int SchemaVersion, RecallReport Recall, string? Explanation = null);
}

[JsonSerializable(typeof(PracticeJson.ReviewDocument))]
[JsonSerializable(typeof(PracticeJson.RecallDocument))]
[JsonSerializable(typeof(CardState))]
internal sealed partial class PracticeJsonContext : JsonSerializerContext;
