using System.Text.Json;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Json;

/// <summary>Reads back a bank that StarCoach wrote as JSON, exactly as it was written.</summary>
public sealed partial class JsonBankImporter : IBankImporter
{
    /// <inheritdoc />
    public ImportFormat Format => ImportFormat.Json;

    /// <inheritdoc />
    public ImportResult Import(SourceDocument document)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(document.Text, new JsonDocumentOptions { MaxDepth = BankJson.MaxDepth, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            return ImportResult.Failure($"{document.Name}: invalid JSON{where}; fix the file or import the original document instead.");
        }

        using (parsed)
        {
            if (BankJsonError.LineOfHalfCharacter(document.Text) is { } broken)
            {
                return ImportResult.Failure($"{document.Name}: not a valid StarCoach bank: the text at line {broken} holds half a character (a \\u escape between \\ud800 and \\udfff without its other half). Fix it there, or import the original document instead.");
            }

            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ImportResult.Failure($"{document.Name}: expected a JSON object with \"schemaVersion\"; this is not a StarCoach bank.");
            }

            if (!root.TryGetProperty("schemaVersion", out var version))
            {
                return ImportResult.Failure($"{document.Name}: no \"schemaVersion\" number; this JSON is not a StarCoach bank.");
            }

            // A version that is not a number at all is a field of the wrong type, told with its line below.
            if (version.ValueKind == JsonValueKind.Number && !(version.TryGetInt32(out var number) && number == Bank.CurrentSchemaVersion))
            {
                return ImportResult.Failure($"{document.Name}: bank schemaVersion {version.GetRawText()} is not supported; this StarCoach reads schemaVersion {Bank.CurrentSchemaVersion}. Export the bank again with a matching version.");
            }

            // A NUL written as \u0000 is no text anyone typed, and PostgreSQL cannot store it: say where it is.
            if (NulEscape().Match(document.Text) is { Success: true } nul)
            {
                var line = document.Text.AsSpan(0, nul.Index).Count('\n') + 1;
                return ImportResult.Failure($"{document.Name}: not a valid StarCoach bank: the text at line {line} holds \\u0000, a NUL character, which no text needs. Delete it there and import again.");
            }

            try
            {
                return ImportResult.Success(BankJson.Deserialize(document.Text));
            }
            catch (JsonException e)
            {
                return ImportResult.Failure($"{document.Name}: not a valid StarCoach bank: {BankJsonError.Describe(e, root)}. Fix it there, or import the original document instead.");
            }
        }
    }

    // \u0000 not itself escaped (an even number of backslashes before it).
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\\u0000")]
    private static partial Regex NulEscape();
}
