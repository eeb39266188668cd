using System.Collections.Immutable;
using System.Text;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import;

/// <summary>What the user said import got wrong about one line of their document.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CorrectionKind>))]
public enum CorrectionKind
{
    /// <summary>The line is a question (import read it as text).</summary>
    Question,

    /// <summary>The line is not a question (import read it as one): it belongs to the answer above, or to notes.</summary>
    NotQuestion,

    /// <summary>A new answer starts at this line.</summary>
    SplitAnswer,

    /// <summary>The answer that starts at this line carries on the answer before it.</summary>
    MergeAnswer,

    /// <summary>The passage that starts at this line is a note, not part of any answer.</summary>
    Notes,
}

/// <summary>
/// A correction of the import of one line, found again by the line's words, not its number, so it survives edits to
/// the rest of the file and a re-import.
/// </summary>
/// <param name="Kind">What to do with the line.</param>
/// <param name="Line">The line's text as written (its first 300 characters).</param>
public sealed record ImportCorrection(CorrectionKind Kind, string Line)
{
    /// <summary>Longest part of a line that identifies it.</summary>
    public const int MaxLineLength = 300;

    /// <summary>The key the line is found by: its words, white space and case aside.</summary>
    public string Key { get; } = KeyOf(Line);

    /// <summary>Reads a kind as the API and the forms name it (<c>question</c>, <c>notQuestion</c>, <c>splitAnswer</c>, <c>mergeAnswer</c>, <c>notes</c>).</summary>
    public static bool TryParseKind(string? name, out CorrectionKind kind)
    {
        kind = default;
        return name is not null
            && name.All(char.IsAsciiLetter)
            && Enum.TryParse(name, ignoreCase: true, out kind);
    }

    /// <summary>The name of a kind as <see cref="TryParseKind"/> reads it and the bank JSON writes it.</summary>
    public static string KindName(CorrectionKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    /// <summary>The kinds as <see cref="TryParseKind"/> reads them, for messages.</summary>
    public const string Kinds = "question, notQuestion, splitAnswer, mergeAnswer or notes";

    /// <summary>
    /// A correction of the line whose text is <paramref name="line"/>, keeping only what identifies it: white space
    /// collapsed, at most <see cref="MaxLineLength"/> characters, so it can be stored in a bounded column.
    /// </summary>
    public static ImportCorrection Of(CorrectionKind kind, string line) => new(kind, Collapse(line, lower: false));

    /// <summary>The key of a line of text: white space collapsed, lower case, at most <see cref="MaxLineLength"/> characters.</summary>
    public static string KeyOf(string line) => Collapse(line, lower: true);

    private static string Collapse(string line, bool lower)
    {
        var builder = new StringBuilder(Math.Min(line.Length, MaxLineLength));
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }

            if (builder.Length + (space ? 2 : 1) > MaxLineLength)
            {
                break;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(lower ? char.ToLowerInvariant(c) : c);
        }

        return builder.ToString();
    }
}

/// <summary>The corrections the user made to a document's import, looked up by line.</summary>
public sealed class ImportCorrections
{
    private readonly Dictionary<string, CorrectionKind> _byLine;

    /// <summary>Corrections from a list; a later correction of the same line replaces an earlier one.</summary>
    public ImportCorrections(IEnumerable<ImportCorrection> corrections)
    {
        _byLine = new Dictionary<string, CorrectionKind>(StringComparer.Ordinal);
        var list = ImmutableArray.CreateBuilder<ImportCorrection>();
        foreach (var correction in corrections)
        {
            if (correction.Key.Length == 0)
            {
                continue;
            }

            _byLine[correction.Key] = correction.Kind;
            list.Add(correction);
        }

        All = list.ToImmutable();
    }

    /// <summary>No corrections.</summary>
    public static ImportCorrections None { get; } = new([]);

    /// <summary>Every correction, in the order given.</summary>
    public ImmutableArray<ImportCorrection> All { get; }

    /// <summary>True when there are none.</summary>
    public bool IsEmpty => _byLine.Count == 0;

    /// <summary>The correction for the line whose text is <paramref name="text"/>, if any.</summary>
    public CorrectionKind? For(string text) => IsEmpty ? null : _byLine.TryGetValue(ImportCorrection.KeyOf(text), out var kind) ? kind : null;
}
