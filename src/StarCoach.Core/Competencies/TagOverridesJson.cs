using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Competencies;

/// <summary>
/// Reads and writes tag overrides as a small JSON file (schemaVersion 1), e.g. a sidecar kept beside a bank:
/// <c>{"schemaVersion":1,"overrides":[{"answerId":"a-…","framework":"amazon","competencyId":"frugality","action":"add"}]}</c>.
/// </summary>
public static class TagOverridesJson
{
    /// <summary>Version of this JSON contract.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The overrides as JSON text.</summary>
    public static string Serialize(TagOverrides overrides) =>
        JsonSerializer.Serialize(new File(SchemaVersion, [.. overrides.Items]), TagOverridesJsonContext.Default.File);

    /// <summary>Reads overrides from JSON text, or returns the reason it cannot (one line, for the user).</summary>
    public static (TagOverrides? Overrides, string? Error) Deserialize(string json)
    {
        try
        {
            var file = JsonSerializer.Deserialize(json, TagOverridesJsonContext.Default.File);
            if (file is null || file.Overrides is null)
            {
                return (null, "expected an object with an \"overrides\" array");
            }

            if (file.SchemaVersion != SchemaVersion)
            {
                return (null, $"schemaVersion {file.SchemaVersion} is not supported; this build reads {SchemaVersion}");
            }

            var unknown = file.Overrides.FirstOrDefault(o => CompetencyFrameworks.Find(o.Framework)?.Find(o.CompetencyId) is null);
            return unknown is not null
                ? (null, $"unknown competency {unknown.Framework}/{unknown.CompetencyId}")
                : (new TagOverrides([.. file.Overrides]), null);
        }
        catch (JsonException e)
        {
            return (null, $"not valid overrides JSON ({e.Message})");
        }
    }

    internal sealed record File(int SchemaVersion, List<TagOverride> Overrides);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, IndentSize = 2, NewLine = "\n", RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(TagOverridesJson.File))]
internal sealed partial class TagOverridesJsonContext : JsonSerializerContext;
