using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Text;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Practice.Probes;

/// <summary>
/// Probes grounded in the story's own content, the way an interviewer picks up what they heard: a figure told
/// differently from the prepared story, a choice between options, a team that grew, a named tool or system, a
/// measured result. Facts the attempt told come before facts it left out, since an interviewer only hears the former.
/// </summary>
internal sealed class StoryProbes : IProbeSource
{
    private const int MaxQuoted = 70;

    /// <summary>Words that make a people count a story of growth ("the team grew to 50").</summary>
    private static readonly HashSet<string> GrowthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "grew", "grow", "grown", "growing", "scaled", "expanded", "hired", "hiring", "doubled", "tripled", "built",
    };

    private static readonly HashSet<string> UsageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "using", "use", "used", "with", "on", "via", "adopted", "built", "implemented", "migrated", "leveraged", "deployed",
        "introduced", "chose", "picked", "moved", "switched", "through",
    };

    public IEnumerable<Probe> Propose(ProbeContext context)
    {
        var story = context.PreparedReading ?? StoryReading.Of(context.Prepared);
        var status = new Dictionary<(RecallKind, string), RecallItem>();
        foreach (var item in context.Recall.Items)
        {
            status.TryAdd((item.Kind, item.Prepared), item);
        }

        // Only what the attempt told was heard; facts recall did not compare count as not heard.
        bool Heard(RecallKind kind, string prepared) =>
            status.TryGetValue((kind, prepared), out var item) && item.Status != RecallStatus.Missed;

        var candidates = new List<(Probe Probe, bool Heard)>();
        foreach (var item in context.Recall.Items.Where(i => i.Kind == RecallKind.Figure && i.Status == RecallStatus.Changed))
        {
            candidates.Add((new Probe($"You said {item.Told}, but your prepared story says {item.Prepared} — which is right, and how was it measured?", ProbeOrigin.Story, item.Prepared), true));
        }

        foreach (var (decision, _) in story.Decisions)
        {
            var text = decision.Rejected is { } rejected
                ? $"You chose {Quote(decision.Chosen)} over {Quote(rejected)} — what made you rule out {Quote(rejected)}?"
                : $"You {decision.Verb ?? "decided to"} {Quote(decision.Chosen)} — what other options did you weigh, and why did you rule them out?";
            candidates.Add((new Probe(text, ProbeOrigin.Story, decision.Phrase), Heard(RecallKind.Decision, decision.Phrase)));
        }

        if (TeamProbe(story, Heard) is { } team)
        {
            candidates.Add(team);
        }

        foreach (var name in story.Names.Where(n => IsTool(story, n)).OrderByDescending(n => n.Mentions).ThenBy(n => n.Position))
        {
            candidates.Add((new Probe($"You mentioned {name.Text} — why that choice, and what trade-offs came with it?", ProbeOrigin.Story, name.Text), Heard(RecallKind.Name, name.Text)));
        }

        foreach (var (figure, sentence) in story.Figures.Where(f => story.Sentences[f.Sentence].Weight == 3 && f.Figure.Kind is FigureKind.Percent or FigureKind.Multiple or FigureKind.Money or FigureKind.Duration))
        {
            candidates.Add((new Probe($"You said {figure.Text} — how did you measure that, and against what baseline?", ProbeOrigin.Story, story.Excerpt(sentence)), Heard(RecallKind.Figure, figure.Text)));
        }

        return candidates.Where(c => c.Heard).Concat(candidates.Where(c => !c.Heard)).Select(c => c.Probe);
    }

    /// <summary>True when the sentence tells of a team growing, so a people figure in it is a hiring story.</summary>
    private static bool TellsGrowth(string sentence) => WordTokenizer.Words(sentence).Any(GrowthWords.Contains);

    private static (Probe, bool)? TeamProbe(StoryReading story, Func<RecallKind, string, bool> heard)
    {
        foreach (var group in story.Figures.Where(f => f.Figure.Kind == FigureKind.People).GroupBy(f => f.Sentence))
        {
            var sentence = story.Sentences[group.Key].Text;
            var largest = group.OrderByDescending(f => f.Figure.High).First().Figure;
            if (TellsGrowth(sentence))
            {
                return (new Probe($"You said the team grew to {largest.Number} — how did you hire and onboard them?", ProbeOrigin.Story, largest.Text), heard(RecallKind.Figure, largest.Text));
            }

            if (sentence.Contains("team of", StringComparison.OrdinalIgnoreCase) || sentence.Contains(" led ", StringComparison.OrdinalIgnoreCase)
                || sentence.Contains("managed", StringComparison.OrdinalIgnoreCase))
            {
                return (new Probe($"You worked with {largest.Text} — how did you divide the work and keep everyone aligned?", ProbeOrigin.Story, largest.Text), heard(RecallKind.Figure, largest.Text));
            }
        }

        return null;
    }

    // A system or product rather than a person or an employer: several words, inner capitals, an acronym, or named
    // as something used ("using Redis").
    private static bool IsTool(StoryReading story, StoryName name)
    {
        if (name.IsEmployer)
        {
            return false;
        }

        var innerCapital = name.Text.Skip(1).Any(char.IsUpper) && name.Text.Any(char.IsLower);
        var acronym = name.Text.Length >= 3 && !name.Text.Any(char.IsLower);
        if (name.Words.Length > 1 || innerCapital || acronym)
        {
            return true;
        }

        var text = story.Analysis.Text;
        var before = text[Math.Max(0, name.Position - 30)..name.Position];
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.TakeLast(3).Any(UsageWords.Contains);
    }

    /// <summary>The phrase, cut at a word boundary when long.</summary>
    private static string Quote(string phrase)
    {
        if (phrase.Length <= MaxQuoted)
        {
            return phrase;
        }

        var cut = phrase.LastIndexOf(' ', MaxQuoted);
        return string.Concat(phrase.AsSpan(0, cut > 0 ? cut : MaxQuoted).TrimEnd(), "…");
    }
}
