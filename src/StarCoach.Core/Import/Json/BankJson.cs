using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Json;

/// <summary>
/// Reads and writes the StarCoach bank JSON (schemaVersion 1): camelCase properties, string enums,
/// nulls written out, two-space indentation and "\n" line breaks, so the same bank always gives the same bytes.
/// </summary>
public static class BankJson
{
    /// <summary>Deepest nesting read (32); a bank nests about ten levels.</summary>
    internal const int MaxDepth = 32;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly BankJsonContext Context = new(Options);

    /// <summary>The bank as JSON text.</summary>
    public static string Serialize(Bank bank) => JsonSerializer.Serialize(bank, Context.Bank);

    /// <summary>Writes the bank as UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Serialize(Stream stream, Bank bank) => JsonSerializer.Serialize(stream, bank, Context.Bank);

    /// <summary>Reads a bank from JSON text. Throws <see cref="JsonException"/> on malformed or incomplete JSON.</summary>
    public static Bank Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.Bank) ?? throw new JsonException("The JSON document is null; expected a bank object.");

    /// <summary>How the bank contract writes <paramref name="type"/>, for saying what belongs where; null for a type it does not hold.</summary>
    internal static JsonTypeInfo? TypeInfo(Type type) => Context.GetTypeInfo(type);

    private static JsonSerializerOptions CreateOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        MaxDepth = MaxDepth,

        // Bank JSON is data for files and tools, not for embedding in HTML; keep "’" and "é" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

[JsonSerializable(typeof(Bank))]
internal sealed partial class BankJsonContext : JsonSerializerContext;
