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
            || (args.Length == 2 && args[1] is not ("--show" or "--dump" or "--dump-vectors")))
        {
            output.WriteLine("usage: competency-lab dev|holdout|FILE.json [--show|--dump|--dump-vectors]   (holdout: once, at the end of a round)");
            return 2;
        }

        var path = args[0].EndsWith(".json", StringComparison.Ordinal) ? args[0]
            : Path.Combine(ReviewLab.FindRepository(), "tests", "StarCoach.Core.Tests", "Fixtures", "competency-set", args[0] + ".json");
        var set = JsonSerializer.Deserialize<Labelled[]>(File.ReadAllText(path), WebJson) ?? [];
        if (args.Length == 2 && args[1] is "--dump" or "--dump-vectors")
        {
            Dump(output, set, vectors: args[1] == "--dump-vectors");
            return 0;
        }

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

    // Every answer's sentences with their weights, behaviour similarities and cue scores, and the question's signal, as
    // JSON for trying scoring rules outside the build.
    private static void Dump(TextWriter output, Labelled[] set, bool vectors)
    {
        var tagger = new CompetencyTagger();
        var columns = Enumerable.Range(0, tagger.CompetencyCount).Select(i => tagger.CompetencyAt(i)).Select(c => c.Framework + "/" + c.Id).ToArray();
        var rows = set.Select(item =>
        {
            var (question, answer) = Story(item);
            var questionSignal = tagger.QuestionVector(item.Question);
            return new
            {
                item.Id,
                item.Amazon,
                item.AmazonStrength,
                item.AmazonNot,
                item.Generic,
                item.Meta,
                item.Google,
                Question = questionSignal,
                Sentences = tagger.Explain(answer).Select(r => new { r.Text, r.Weight, r.Similarity, r.Cues, Vector = vectors ? r.Vector : null }),
            };
        });
        var behaviours = vectors ? Enumerable.Range(0, tagger.CompetencyCount).Select(tagger.BehaviourVectors).ToArray() : null;
        output.WriteLine(JsonSerializer.Serialize(new { Columns = columns, Rows = rows, Behaviours = behaviours }, WebJson));
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
                var subject = Subject(probe);
                var isWrong = (item.NeverProbe ?? []).Any(n => IsAbout(subject, n.Anchor));
                var isAsked = !isWrong && item.Probes.Any(p => Overlaps(subject, p.Anchor) || Overlaps(probe.Basis, p.Anchor)
                    || (p.Kind == "specific-time" && probe.Basis is "answer.no-specific-instance" or "answer.generic-guide")
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

    // What a probe asks about: the words it says back before its dash ("You said 54% — …", "You piloted it … — why …"),
    // else its basis (a rule's probe has none).
    private static string Subject(Probe probe)
    {
        var dash = probe.Text.IndexOf(" — ", StringComparison.Ordinal);
        var said = dash > 0 ? probe.Text[..dash] : string.Empty;
        foreach (var opening in new[] { "You said ", "You mentioned ", "You worked with " })
        {
            if (said.StartsWith(opening, StringComparison.Ordinal))
            {
                return said[opening.Length..];
            }
        }

        var ruleOut = probe.Text.IndexOf("rule out ", StringComparison.Ordinal);
        return said.Length > 0 ? said : ruleOut > 0 ? probe.Text[(ruleOut + 9)..].TrimEnd('?') : probe.Origin == ProbeOrigin.Story ? probe.Basis : string.Empty;
    }

    // A probe is about something labelled never to be probed when it says that thing back as its subject: the
    // anchor holds the subject, or is most of it ("You mentioned ICU", not "… for the ICU ahead of the vancomycin").
    private static bool IsAbout(string subject, string anchor) =>
        Overlaps(subject, anchor) && (anchor.Length >= subject.Length / 2 || anchor.Contains(subject, StringComparison.OrdinalIgnoreCase));

    // Two texts are about the same thing when one holds the other, ignoring case and the pronouns a probe turns
    // ("I piloted" said back as "You piloted").
    private static bool Overlaps(string said, string anchor)
    {
        static string Plain(string text) => string.Join(' ', text.ToLowerInvariant().Split([' ', ',', '.', '"', '—'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch { "i" or "we" => "you", "my" or "our" => "your", "me" or "us" => "you", _ => w }));
        var (a, b) = (Plain(said), Plain(anchor));
        return a.Length >= 2 && b.Length >= 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0}%");
}
