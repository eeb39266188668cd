using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Competencies;

/// <summary>
/// The coverage report as JSON (schemaVersion 1), as <c>starcoach coverage --json</c> prints it: the framework,
/// its competencies with their coverage, the stories with their strength per competency, gaps, over-used
/// stories and suggestions.
/// </summary>
public static class CoverageJson
{
    /// <summary>Version of this JSON contract.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The report as indented JSON text; <paramref name="source"/> names the bank file.</summary>
    public static string Serialize(CoverageReport report, string source)
    {
        var document = new Document(
            SchemaVersion,
            source,
            new FrameworkRef(report.Framework.Id, report.Framework.Name),
            [.. report.Competencies],
            [.. report.Stories.Select((s, row) => new StoryRow(
                s.AnswerId,
                s.QuestionId,
                s.QuestionText,
                s.Title,
                s.Kind,
                s.SourceSpan,
                report.Competencies.Select((c, column) => (c.Id, Value: report.Strength[row][column]))
                    .Where(x => x.Value > 0)
                    .ToDictionary(x => x.Id, x => x.Value, StringComparer.Ordinal)))],
            [.. report.Gaps],
            [.. report.Overused],
            [.. report.Suggestions]);
        return JsonSerializer.Serialize(document, Context.Document);
    }

    internal sealed record Document(
        int SchemaVersion,
        string Source,
        FrameworkRef Framework,
        List<CompetencyCoverage> Competencies,
        List<StoryRow> Stories,
        List<CoverageGap> Gaps,
        List<OverusedStory> Overused,
        List<CoverageSuggestion> Suggestions);

    internal sealed record FrameworkRef(string Id, string Name);

    internal sealed record StoryRow(
        string AnswerId,
        string QuestionId,
        string QuestionText,
        string Title,
        AnswerKind Kind,
        SourceSpan SourceSpan,
        Dictionary<string, double> Strength);

    private static readonly CoverageJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Data for files and tools, not for HTML: keep "’" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

[JsonSerializable(typeof(CoverageJson.Document))]
internal sealed partial class CoverageJsonContext : JsonSerializerContext;
