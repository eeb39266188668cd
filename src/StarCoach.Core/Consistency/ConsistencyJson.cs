using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Consistency;

/// <summary>
/// Writes a <see cref="ConsistencyReport"/> as JSON (schemaVersion 1): camelCase, string enums, nulls written,
/// two-space indentation and "\n" line breaks. Field order: schemaVersion, bank, resume, findings, claims, summary.
/// </summary>
public static class ConsistencyJson
{
    private static readonly ConsistencyJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(ConsistencyReport report) => JsonSerializer.Serialize(report, Context.ConsistencyReport);
}

[JsonSerializable(typeof(ConsistencyReport))]
internal sealed partial class ConsistencyJsonContext : JsonSerializerContext;
