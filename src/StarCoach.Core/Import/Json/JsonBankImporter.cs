using System.Text.Json;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Json;

/// <summary>Reads back a bank that StarCoach wrote as JSON, exactly as it was written.</summary>
public sealed class JsonBankImporter : IBankImporter
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Json;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        var version = ReadSchemaVersion(document.Text, out var problem);
        if (problem is not null)
        {
            return ImportResult.Failure($"{document.Name}: {problem}");
        }

        if (version != Bank.CurrentSchemaVersion)
        {
            return ImportResult.Failure($"{document.Name}: bank schemaVersion {version} is not supported; this StarCoach reads schemaVersion {Bank.CurrentSchemaVersion}. Export the bank again with a matching version.");
        }

        try
        {
            return ImportResult.Success(BankJson.Deserialize(document.Text));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            return ImportResult.Failure($"{document.Name}: not a valid StarCoach bank{where}: {FirstSentence(e.Message)} Fix the JSON or import the original document instead.");
        }
    }

    private static int? ReadSchemaVersion(string json, out string? problem)
    {
        problem = null;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip });
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = "expected a JSON object with \"schemaVersion\"; this is not a StarCoach bank.";
                return null;
            }

            if (!doc.RootElement.TryGetProperty("schemaVersion", out var version) || !version.TryGetInt32(out var value))
            {
                problem = "no \"schemaVersion\" number; this JSON is not a StarCoach bank.";
                return null;
            }

            return value;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            problem = $"invalid JSON{where}; fix the file or import the original document instead.";
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..(cut + 1)] : message).Replace("\n", " ", StringComparison.Ordinal);
    }
}
