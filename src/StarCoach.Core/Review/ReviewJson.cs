using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Review;

/// <summary>
/// Writes review reports as JSON (schemaVersion 1): camelCase properties in declaration order, string enums,
/// two-space indentation and "\n" line breaks, so the same reviews always give the same bytes.
/// </summary>
public static class ReviewJson
{
    private static readonly ReviewJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,

        // Data for files and tools, not HTML: keep "’" and "é" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The report as JSON text.</summary>
    public static string Serialize(ReviewReport report) => JsonSerializer.Serialize(report, Context.ReviewReport);
}

[JsonSerializable(typeof(ReviewReport))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
