using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StarCoach.Core.Competencies;

/// <summary>The built-in frameworks, read once from the JSON files embedded in this assembly.</summary>
public static class CompetencyFrameworks
{
    /// <summary>Framework ids in display order.</summary>
    public static ImmutableArray<string> Ids { get; } = ["amazon", "meta", "google", "generic"];

    /// <summary>
    /// The framework shown when none is chosen, by the CLI and the web app alike: the generic set, because it fits a
    /// loop at any company, where a company's own framework (Amazon's Leadership Principles) is a choice to make.
    /// </summary>
    public const string DefaultId = "generic";

    private static readonly Lazy<ImmutableArray<CompetencyFramework>> Loaded = new(() => [.. Ids.Select(Load)]);

    /// <summary>Every built-in framework.</summary>
    public static ImmutableArray<CompetencyFramework> All => Loaded.Value;

    /// <summary>The framework with <paramref name="id"/> (case-insensitive), or null when there is none.</summary>
    public static CompetencyFramework? Find(string id) =>
        All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The framework with <paramref name="id"/>; throws for an unknown id.</summary>
    public static CompetencyFramework Get(string id) =>
        Find(id) ?? throw new ArgumentException($"Unknown framework '{id}'; use {string.Join(", ", Ids)}.", nameof(id));

    private static CompetencyFramework Load(string id)
    {
        var name = $"StarCoach.Competencies.{id}.json";
        using var stream = typeof(CompetencyFrameworks).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded framework {name} is missing from the build.");
        var file = JsonSerializer.Deserialize(stream, FrameworkJsonContext.Default.FrameworkFile)
            ?? throw new InvalidOperationException($"Embedded framework {name} is empty.");
        return new CompetencyFramework(
            file.Id,
            file.Name,
            [.. file.Competencies.Select(c => new Competency(c.Id, c.Name, c.Description, [.. c.Behaviours], [.. c.Cues], [.. c.Questions]))]);
    }

    internal sealed record FrameworkFile(string Id, string Name, List<CompetencyFile> Competencies);

    internal sealed record CompetencyFile(string Id, string Name, string Description, List<string> Behaviours, List<string> Cues, List<string> Questions);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CompetencyFrameworks.FrameworkFile))]
internal sealed partial class FrameworkJsonContext : JsonSerializerContext;
