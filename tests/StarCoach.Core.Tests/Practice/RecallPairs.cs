using System.Text.Json;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice.Recall;

namespace StarCoach.Core.Tests.Practice;

/// <summary>
/// The recall pairs (<c>Fixtures/recall/pairs.json</c>): prepared stories, retellings of them (faithful paraphrases,
/// a changed figure, points left out) and retellings of another story, each with what a careful listener would say
/// was told, changed and missed.
/// </summary>
internal sealed class RecallPairs
{
    private RecallPairs(List<Pair> pairs) => Pairs = pairs;

    public List<Pair> Pairs { get; }

    public static RecallPairs Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "recall", "pairs.json")));
        var root = document.RootElement;
        var stories = root.GetProperty("stories").EnumerateObject().ToDictionary(p => p.Name, p => PracticeStories.Story(p.Value.GetString()!));
        var retellings = root.GetProperty("retellings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var pairs = root.GetProperty("pairs").EnumerateArray().Select(p => new Pair(
            p.GetProperty("story").GetString()!,
            p.GetProperty("retelling").GetString()!,
            stories[p.GetProperty("story").GetString()!].Question,
            stories[p.GetProperty("story").GetString()!].Answer,
            retellings[p.GetProperty("retelling").GetString()!],
            p.TryGetProperty("unrelated", out var unrelated) && unrelated.GetBoolean(),
            Strings(p, "missed"),
            Strings(p, "changed"),
            Strings(p, "missedFigures"))).ToList();
        return new RecallPairs(pairs);
    }

    private static string[] Strings(JsonElement pair, string name) =>
        pair.TryGetProperty(name, out var list) ? [.. list.EnumerateArray().Select(e => e.GetString()!)] : [];

    /// <summary>A prepared story and one retelling, with what it leaves out or changes.</summary>
    /// <param name="Missed">Words of the key points it leaves out.</param>
    /// <param name="Changed">Figures (as prepared) it tells with another value; their key points are changed too.</param>
    /// <param name="MissedFigures">Figures it leaves out.</param>
    public sealed record Pair(string StoryName, string RetellingName, Question Question, Answer Story, string Retelling, bool Unrelated, string[] Missed, string[] Changed, string[] MissedFigures)
    {
        public string Name => $"{StoryName} ← {RetellingName}";

        public bool IsFaithful => !Unrelated && Missed.Length == 0 && Changed.Length == 0;

        /// <summary>What a careful listener says of <paramref name="item"/>.</summary>
        public RecallStatus Expected(RecallItem item)
        {
            if (Unrelated)
            {
                return RecallStatus.Missed;
            }

            if (item.Kind == RecallKind.Figure)
            {
                return Changed.Contains(item.Prepared) ? RecallStatus.Changed : MissedFigures.Contains(item.Prepared) ? RecallStatus.Missed : RecallStatus.Told;
            }

            return Missed.Any(m => item.Prepared.Contains(m, StringComparison.Ordinal)) ? RecallStatus.Missed
                : Changed.Any(c => item.Prepared.Contains(c, StringComparison.Ordinal)) ? RecallStatus.Changed
                : RecallStatus.Told;
        }
    }
}
