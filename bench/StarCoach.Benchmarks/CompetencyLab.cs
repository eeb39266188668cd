using System.Globalization;
using System.Text.Json;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Probes;
using StarCoach.Core.Review;

namespace StarCoach.Benchmarks;

/// <summary>
/// The competency lab (issue 16): how the competency tags and the follow-up probes agree with a bar raiser's and an
/// interviewer's labels on <c>tests/StarCoach.Core.Tests/Fixtures/competency-set/</c>. Per framework: how often the
/// strongest tag is one of the labelled competencies, tag precision and recall, tags labelled clearly wrong, and how
/// many first tags labelled strong reach the Coverage "strong" threshold. For probes: the share that picks up what a
/// labelled probe is about (its anchor) and the share that lands on something labelled never to be probed.
/// <c>-- competency-lab dev</c> while working; the held-back half once.
/// </summary>
internal static class CompetencyLab
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record LabelledProbe(string Kind, string Anchor, string Question);

    private sealed record NeverProbe(string Anchor, string Why);

    private sealed record Labelled(
        string Id,
        string Question,
        string Level,
        string Answer,
        string[] Amazon,
        string AmazonStrength,
        string[]? AmazonNot,
        string[] Generic,
        string[] Meta,
        string[] Google,
        LabelledProbe[] Probes,
        NeverProbe[]? NeverProbe);

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length is not (1 or 2) || (args[0] is not ("dev" or "holdout") && !args[0].EndsWith(".json", StringComparison.Ordinal))
            || (args.Length == 2 && args[1] != "--show"))
        {
            output.WriteLine("usage: competency-lab dev|holdout|FILE.json [--show]   (holdout: once, at the end of a round)");
            return 2;
        }

        var path = args[0].EndsWith(".json", StringComparison.Ordinal) ? args[0]
            : Path.Combine(ReviewLab.FindRepository(), "tests", "StarCoach.Core.Tests", "Fixtures", "competency-set", args[0] + ".json");
        var set = JsonSerializer.Deserialize<Labelled[]>(File.ReadAllText(path), WebJson) ?? [];
        var show = args.Length == 2;
        var tagger = new CompetencyTagger();
        var coach = new PracticeCoach();

        Tags(output, set, tagger, "amazon", l => l.Amazon, l => l.AmazonNot ?? [], show);
        Tags(output, set, tagger, "generic", l => l.Generic, _ => [], show: false);
        Tags(output, set, tagger, "meta", l => l.Meta, _ => [], show: false);
        Tags(output, set, tagger, "google", l => l.Google, _ => [], show: false);
        Probes(output, set, coach, show);
        return 0;
    }

    private static (Question Question, Answer Answer) Story(Labelled labelled)
    {
        var (kind, sections) = AnswerTextParser.Parse(labelled.Answer, pitchQuestion: false);
        var answer = new Answer(labelled.Id, kind, labelled.Answer, sections, new SourceSpan(1, 1));
        var question = new Question("q-" + labelled.Id, labelled.Question, null, null, null, [], [], new SourceSpan(1, 1), [answer], []);
        return (question, answer);
    }

    private static void Tags(
        TextWriter output,
        Labelled[] set,
        CompetencyTagger tagger,
        string framework,
        Func<Labelled, string[]> gold,
        Func<Labelled, string[]> wrong,
        bool show)
    {
        int topRight = 0, topAsked = 0, reported = 0, correct = 0, labelled = 0, found = 0, clearlyWrong = 0, strongGold = 0, strongReached = 0;
        foreach (var item in set)
        {
            var (question, answer) = Story(item);
            var tags = tagger.TagAnswer(question, answer).Where(t => t.Framework == framework).OrderByDescending(t => t.Confidence).ToList();
            var truth = gold(item);
            if (truth.Length > 0)
            {
                topAsked++;
                topRight += tags.Count > 0 && truth.Contains(tags[0].CompetencyId) ? 1 : 0;
            }

            reported += tags.Count;
            correct += tags.Count(t => truth.Contains(t.CompetencyId));
            labelled += truth.Length;
            found += truth.Count(id => tags.Any(t => t.CompetencyId == id));
            clearlyWrong += tags.Count(t => wrong(item).Contains(t.CompetencyId));
            if (framework == "amazon" && item.AmazonStrength == "strong" && truth.Length > 0)
            {
                strongGold++;
                strongReached += tags.FirstOrDefault(t => t.CompetencyId == truth[0])?.Confidence >= CoverageAnalyzer.StrongThreshold ? 1 : 0;
            }

            if (show)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {item.Id}: gold {string.Join(",", truth)} | tags {string.Join(", ", tags.Take(4).Select(t => $"{t.CompetencyId} {t.Confidence:0.00}"))}"));
            }
        }

        var strong = framework == "amazon" ? string.Create(CultureInfo.InvariantCulture, $", strong stories reaching strong {strongReached}/{strongGold}") : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{framework}: strongest tag right {Percent(topRight, topAsked)} ({topRight}/{topAsked}), precision {Percent(correct, reported)} ({correct}/{reported}), recall {Percent(found, labelled)} ({found}/{labelled}), clearly wrong {clearlyWrong}{strong}"));
    }

    private static void Probes(TextWriter output, Labelled[] set, PracticeCoach coach, bool show)
    {
        int total = 0, asked = 0, wrong = 0;
        foreach (var item in set)
        {
            var (question, answer) = Story(item);
            var level = TargetLevels.TryParse(item.Level, out var parsed) ? parsed : TargetLevels.Default;
            var result = coach.Evaluate(question, answer, PracticeMode.Full, new TimedAnswer(item.Answer, DateTimeOffset.UnixEpoch, 90), level);
            foreach (var probe in result.Probes)
            {
                total++;
                var isWrong = (item.NeverProbe ?? []).Any(n => Overlaps(probe, n.Anchor));
                var isAsked = !isWrong && item.Probes.Any(p => Overlaps(probe, p.Anchor) || (p.Kind == "specific-time" && probe.Basis == "answer.no-specific-instance")
                    || (p.Kind == "own-part" && probe.Basis == "ownership.we-heavy"));
                wrong += isWrong ? 1 : 0;
                asked += isAsked ? 1 : 0;
                if (show)
                {
                    output.WriteLine($"  {item.Id} {(isWrong ? "WRONG" : isAsked ? "asked" : "other")}: {probe.Text}  [{probe.Basis}]");
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"probes: {total} for {set.Length} answers, on a labelled probe's anchor {Percent(asked, total)} ({asked}), on a never-probe anchor {Percent(wrong, total)} ({wrong})"));
    }

    // The probe picks up the anchor when its basis or text contains it, or the anchor contains its basis.
    private static bool Overlaps(Probe probe, string anchor) =>
        probe.Basis.Length > 0 && (anchor.Contains(probe.Basis, StringComparison.OrdinalIgnoreCase)
            || probe.Basis.Contains(anchor, StringComparison.OrdinalIgnoreCase)
            || probe.Text.Contains(anchor, StringComparison.OrdinalIgnoreCase));

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");
}
