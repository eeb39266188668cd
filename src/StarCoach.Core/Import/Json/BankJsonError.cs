using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Json;

/// <summary>
/// Says in words what is wrong, and where, in bank JSON that is valid JSON but not a bank: which field (as a path
/// such as <c>questions[0].text</c>) on which line, what belongs there and what was found ("should be a whole number,
/// not the text "1""). The expected kind is read from the bank's own JSON contract, so it follows the model.
/// </summary>
internal static class BankJsonError
{
    private const int ShownTextChars = 40;

    public static string Describe(JsonException error, JsonElement root)
    {
        var segments = Segments(error.Path);
        var field = segments.Count == 0 ? "the bank" : string.Concat(segments.Select((s, i) => s.Index is { } index ? $"[{index}]" : (i == 0 ? s.Name : "." + s.Name)));
        var where = error.LineNumber is { } line ? $"{field} at line {line + 1}" : field;
        if (MissingFields(error.Message) is { } missing)
        {
            return $"{where} is missing {missing}";
        }

        var expected = Expected(segments);
        var found = Found(root, segments);
        return expected is null ? $"{where} is not what a bank holds there" : found is null ? $"{where} should be {expected}" : $"{where} should be {expected}, not {found}";
    }

    private readonly record struct Segment(string? Name, int? Index);

    /// <summary>"$.questions[0].text" as questions, [0], text; an empty list for "$" or a path this cannot read.</summary>
    private static List<Segment> Segments(string? path)
    {
        var segments = new List<Segment>();
        if (path is null || !path.StartsWith('$'))
        {
            return segments;
        }

        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(new Segment(path[(i + 1)..end], null));
                i = end;
            }
            else if (path[i] == '[' && path.IndexOf(']', i) is > 0 and var close && int.TryParse(path.AsSpan(i + 1, close - i - 1), out var index))
            {
                segments.Add(new Segment(null, index));
                i = close + 1;
            }
            else
            {
                return [];
            }
        }

        return segments;
    }

    /// <summary>"category, parts" from System.Text.Json's "… missing required properties including: 'category', 'parts'."</summary>
    private static string? MissingFields(string message)
    {
        const string marker = "missing required properties including: ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var names = message[(at + marker.Length)..].Split(',').Select(n => n.Trim().Trim('.').Trim('\'')).Where(n => n.Length > 0).ToList();
        return names.Count == 1 ? $"the field \"{names[0]}\"" : $"the fields {string.Join(", ", names.Select(n => $"\"{n}\""))}";
    }

    /// <summary>What the bank's contract puts at the path, in words; null when the path leaves the contract.</summary>
    private static string? Expected(List<Segment> segments)
    {
        var type = typeof(Bank);
        foreach (var segment in segments)
        {
            var info = BankJson.TypeInfo(type);
            Type? next = segment.Index is not null
                ? info?.ElementType
                : info?.Properties.FirstOrDefault(p => p.Name == segment.Name)?.PropertyType;
            if (next is null)
            {
                return null;
            }

            type = next;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text in quotes";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(n => $"\"{JsonNamingPolicy.CamelCase.ConvertName(n)}\""));
        }

        return BankJson.TypeInfo(type)?.Kind switch
        {
            JsonTypeInfoKind.Enumerable => "a list in [ ]",
            JsonTypeInfoKind.Object => "an object in { }",
            _ => null,
        };
    }

    /// <summary>What the file holds at the path, in words ("the number 42"); null when it cannot be found.</summary>
    private static string? Found(JsonElement element, List<Segment> segments)
    {
        foreach (var segment in segments)
        {
            if (segment.Index is { } index)
            {
                if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                {
                    return null;
                }

                element = element[index];
            }
            else if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment.Name!, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => Shown(element.GetString()!),
            JsonValueKind.Number => $"the number {element.GetRawText()}",
            JsonValueKind.True or JsonValueKind.False => $"the value {element.GetRawText()}",
            JsonValueKind.Null => "null",
            JsonValueKind.Array => "a list",
            JsonValueKind.Object => "an object",
            _ => null,
        };
    }

    /// <summary>
    /// The line of the first name or text that holds half a character, a \ud800–\udfff escape without its other half,
    /// which System.Text.Json cannot give as text and throws on wherever it is read; null when every one reads.
    /// </summary>
    public static int? LineOfHalfCharacter(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = BankJson.MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String && reader.ValueIsEscaped)
            {
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return utf8.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1;
                }
            }
        }

        return null;
    }

    /// <summary>"the text "…"": the start of <paramref name="text"/>, on one line (line breaks and control characters as spaces).</summary>
    private static string Shown(string text)
    {
        var cut = text.Length <= ShownTextChars ? text.Length : char.IsHighSurrogate(text[ShownTextChars - 1]) ? ShownTextChars - 1 : ShownTextChars;
        var shown = string.Create(cut, text, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
        return cut < text.Length ? $"the text \"{shown}…\"" : $"the text \"{shown}\"";
    }
}
