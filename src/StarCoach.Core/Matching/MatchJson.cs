using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Matching;

/// <summary>
/// Match results as JSON (schemaVersion 1), as <c>starcoach match --json</c> prints them:
/// <c>{"schemaVersion":1,"source":…,"question":…,"results":[{rank, questionId, answerId, questionText, kind, score, why, sourceSpan}]}</c>.
/// </summary>
public static class MatchJson
{
    /// <summary>Version of this JSON contract.</summary>
    public const int SchemaVersion = 1;

    private static readonly MatchJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Data for files and tools, not for HTML: keep "’" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The results for <paramref name="question"/> over the bank from <paramref name="source"/>, as JSON text.</summary>
    public static string Serialize(string source, string question, ImmutableArray<StoryMatch> results) =>
        JsonSerializer.Serialize(new Document(SchemaVersion, source, question, [.. results]), Context.Document);

    internal sealed record Document(int SchemaVersion, string Source, string Question, List<StoryMatch> Results);
}

[JsonSerializable(typeof(MatchJson.Document))]
internal sealed partial class MatchJsonContext : JsonSerializerContext;
