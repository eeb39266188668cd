using System.Globalization;
using System.Text.Json;
using StarCoach.Core.Review;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;

namespace StarCoach.Benchmarks;

/// <summary>
/// The review lab: how the review's score and findings agree with a coach's grades on a labelled set of answers
/// (<c>tests/StarCoach.Core.Tests/Fixtures/review-set/</c>). Prints Spearman between score and grade, the weak answers
/// (grade 1–2) that score 80 or more, and per finding kind the rule's recall and false alarms. The held-back half is
/// scored once, at the end of a round: <c>-- review-lab dev</c> while working.
/// </summary>
internal static class ReviewLab
{
    // The coach's finding kinds and the rules that raise them; a kind with no rule yet has none.
    private static readonly Dictionary<string, string[]> RulesOf = new(StringComparer.Ordinal)
    {
        // A plan told with "would" and a guide have no specific instance either; their findings say so in their terms.
        ["no-specific-instance"] = [RuleIds.NoSpecificInstance, RuleIds.Hypothetical, RuleIds.GenericGuide],
        ["blames-others"] = [RuleIds.BlamesOthers],
        ["right-not-learning"] = [RuleIds.ProvedRight],
        ["we-not-i"] = [RuleIds.WeHeavy],
        ["generic-guide"] = [RuleIds.GenericGuide],
        ["hypothetical"] = [RuleIds.Hypothetical],
        ["artifact"] = [RuleIds.Artifact],
        ["missing-situation"] = [RuleIds.SituationMissing],
        ["missing-task"] = [RuleIds.TaskMissing],
        ["missing-action"] = [RuleIds.ActionMissing],
        ["missing-result"] = [RuleIds.ResultMissing],
        ["too-short"] = [RuleIds.TooShort],
        ["too-long"] = [RuleIds.TooLong],
        ["no-metrics"] = [RuleIds.ResultUnquantified],
    };

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record Labelled(string Id, string Question, string Level, string Answer, int Grade, string[] MustRaise, string[] MustNotRaise);

    public static int Run(string[] args, TextWriter output)
    {
        var set = args.Length > 0 ? args[0] : string.Empty;
        if (set == "--trace-stdin")
        {
            // An answer of your own, question on the first line: how the rules read it.
            var question = Console.In.ReadLine() ?? string.Empty;
            return Trace(new AnswerReviewer(), new Labelled("stdin", question, "mid", Console.In.ReadToEnd(), 0, [], []), output);
        }

        var sets = Path.Combine(FindRepository(), "tests", "StarCoach.Core.Tests", "Fixtures", "review-set");
        var path = Path.Combine(sets, set + ".json");
        if (args.Length is not (1 or 3) || (args.Length == 3 && args[1] is not ("--show" or "--trace")) || !System.Text.RegularExpressions.Regex.IsMatch(set, "^(dev|holdout[0-9]*)$") || !File.Exists(path))
        {
            var names = Directory.GetFiles(sets, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
            output.WriteLine($"usage: review-lab {string.Join('|', names)} [--show KIND|scores | --trace ID], or review-lab --trace-stdin   (a set scored once is development material from then on: a new round needs a set written fresh)");
            return 2;
        }

        var show = args.Length == 3 && args[1] == "--show" ? args[2] : null;
        var trace = args.Length == 3 && args[1] == "--trace" ? args[2] : null;

        var answers = JsonSerializer.Deserialize<List<Labelled>>(File.ReadAllText(path), WebJson)!;
        var reviewer = new AnswerReviewer();
        if (trace is not null)
        {
            return answers.Find(a => a.Id == trace) is { } traced ? Trace(reviewer, traced, output) : 2;
        }

        var rows = answers.Select(a =>
        {
            var level = TargetLevels.TryParse(a.Level, out var parsed) ? parsed : TargetLevels.Default;
            var review = reviewer.ReviewText(a.Answer, a.Question, level);
            return (Answer: a, Review: review, Rules: review.Findings.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal));
        }).ToList();

        if (show == "table")
        {
            // One line per answer for analysis elsewhere: id, grade, score, each rubric level, words, rules fired.
            foreach (var (answer, review, rules) in rows)
            {
                output.WriteLine(string.Join('\t', [answer.Id, answer.Grade.ToString(CultureInfo.InvariantCulture), review.Overall.ToString(CultureInfo.InvariantCulture),
                    .. review.Rubric.Select(d => $"{d.Dimension}={d.Level}"), $"words={review.WordCount}", string.Join(',', review.Findings.Select(f => $"{f.Rule}:{f.Severity}"))]));
            }

            return 0;
        }

        var spearman = Spearman(rows.Select(r => (double)r.Review.Overall).ToList(), rows.Select(r => (double)r.Answer.Grade).ToList());
        var weakHigh = rows.Where(r => r.Answer.Grade <= 2 && r.Review.Overall >= 80).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{set}: {rows.Count} answers, Spearman(score, grade) = {spearman:F2}, grade 1–2 scoring ≥ 80: {weakHigh.Count}"));
        foreach (var grade in Enumerable.Range(1, 4))
        {
            var scores = rows.Where(r => r.Answer.Grade == grade).Select(r => r.Review.Overall).Order().ToList();
            output.WriteLine($"  grade {grade}: {scores.Count} answers, scores {string.Join(' ', scores)}");
            if (show == "scores")
            {
                foreach (var (answer, review, _) in rows.Where(r => r.Answer.Grade == grade).OrderBy(r => r.Review.Overall))
                {
                    output.WriteLine($"      {review.Overall,3} {answer.Id}: {string.Join(", ", review.Findings.GroupBy(f => f.Rule).Select(g => g.Count() == 1 ? g.Key : $"{g.Key}×{g.Count()}"))}");
                }
            }
        }

        var raisedRight = 0;
        var mustTotal = 0;
        var falseAlarms = 0;
        var mustNotTotal = 0;
        output.WriteLine("  kind                  recall        false alarms   rules");
        foreach (var (kind, rules) in RulesOf)
        {
            var must = rows.Where(r => r.Answer.MustRaise.Contains(kind)).ToList();
            var mustNot = rows.Where(r => r.Answer.MustNotRaise.Contains(kind)).ToList();
            var hit = must.Count(r => rules.Any(r.Rules.Contains));
            var alarm = mustNot.Count(r => rules.Any(r.Rules.Contains));
            raisedRight += hit;
            mustTotal += must.Count;
            falseAlarms += alarm;
            mustNotTotal += mustNot.Count;
            output.WriteLine($"  {kind,-20}  {hit,3}/{must.Count,-3}       {alarm,3}/{mustNot.Count,-3}      {(rules.Length == 0 ? "(no rule yet)" : string.Join(", ", rules))}");
            if (kind == show)
            {
                foreach (var (answer, _, _) in must.Where(r => !rules.Any(r.Rules.Contains)))
                {
                    output.WriteLine($"      missed       {answer.Id}: {OneLine.Of(answer.Answer, 150)}");
                }

                foreach (var (answer, _, _) in mustNot.Where(r => rules.Any(r.Rules.Contains)))
                {
                    output.WriteLine($"      false alarm  {answer.Id}: {OneLine.Of(answer.Answer, 150)}");
                }
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rule recall {Percent(raisedRight, mustTotal)} ({raisedRight}/{mustTotal}), false alarms {Percent(falseAlarms, mustNotTotal)} ({falseAlarms}/{mustNotTotal})"));
        return 0;
    }

    // One answer as the rules read it: each sentence's part, facts and cues, the parts found, the findings and the rubric.
    private static int Trace(AnswerReviewer reviewer, Labelled answer, TextWriter output)
    {
        var level = TargetLevels.TryParse(answer.Level, out var parsed) ? parsed : TargetLevels.Default;
        var (subject, bare) = AnswerReviewer.SubjectOf(answer.Answer, answer.Question);
        var analysis = reviewer.Analyze(subject, level);
        output.WriteLine($"{answer.Id} (grade {answer.Grade}, kind {subject.Kind}, {analysis.WordCount} words, labelled {analysis.IsLabelled})");
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            var region = analysis.Regions[sentence.Span.Region];
            output.WriteLine($"  [{s}] {analysis.PartOf[s]} (region {region.Part?.ToString() ?? "-"}) {sentence.Facts}");
            output.WriteLine($"       cues {analysis.SentenceCues[s]}");
            output.WriteLine($"       {OneLine.Of(analysis.Text[sentence.Span.Start..sentence.Span.End], 200)}");
        }

        for (var p = 0; p < analysis.Parts.Length; p++)
        {
            output.WriteLine($"  part {(StarPart)p}: {analysis.Parts[p]}");
        }

        var review = reviewer.ReviewText(answer.Answer, bare, level);
        output.WriteLine($"  score {review.Overall}; findings: {string.Join(", ", review.Findings.Select(f => f.Rule))}");
        foreach (var d in review.Rubric)
        {
            output.WriteLine($"  rubric {d.Dimension} {d.Level}: {string.Join("; ", d.Evidence)}");
        }
        return 0;
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:F0}%");

    private static double Spearman(List<double> x, List<double> y)
    {
        var rx = Ranks(x);
        var ry = Ranks(y);
        var mx = rx.Average();
        var my = ry.Average();
        var cov = rx.Zip(ry, (a, b) => (a - mx) * (b - my)).Sum();
        var sx = Math.Sqrt(rx.Sum(a => (a - mx) * (a - mx)));
        var sy = Math.Sqrt(ry.Sum(b => (b - my) * (b - my)));
        return sx == 0 || sy == 0 ? 0 : cov / (sx * sy);
    }

    // Average ranks, ties sharing the mean of their positions.
    private static List<double> Ranks(List<double> values)
    {
        var order = values.Select((v, i) => (v, i)).OrderBy(p => p.v).ToList();
        var ranks = new double[values.Count];
        for (var start = 0; start < order.Count;)
        {
            var end = start;
            while (end + 1 < order.Count && order[end + 1].v == order[start].v)
            {
                end++;
            }

            for (var k = start; k <= end; k++)
            {
                ranks[order[k].i] = (start + end) / 2.0 + 1;
            }

            start = end + 1;
        }

        return [.. ranks];
    }

    internal static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "StarCoach.Core.Tests")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Run the review lab from inside the repository.");
    }
}
