using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StarCoach.Core.Review;

namespace StarCoach.Benchmarks;

/// <summary>
/// <c>--peers-corpus FILE [--warmup N] [--warmup-seconds S] [--passes N] [--level L]</c>: times <c>starcoach review</c>
/// over the corpus the peer prose linters are timed on (<c>shared/peers</c>), measured the way their harness
/// (<c>bench.mjs</c>) measures: untimed warm-up passes, then every call timed on its own; median and p95 over all timed
/// calls; ms per 1k words = mean pass time ÷ corpus words × 1000, words counted with the harness's own pattern.
/// Prints JSON like the harness.
/// </summary>
/// <remarks>
/// The warm-up runs at least N passes (3, as the harness) and at least S seconds (default 2): .NET compiles hot code
/// again, optimised, in the background after its first calls, as V8 does; the pause after warm-up lets that finish,
/// so the timed passes measure the steady state of a long-running process (the web app, a practice session).
/// Pass <c>--warmup-seconds 0</c> to time code that is not fully optimised yet, as a one-off CLI run would see.
/// </remarks>
internal static partial class ReviewPeersCorpus
{
    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9'’\-]*")]
    private static partial Regex HarnessWordRegex();

    public static int Run(string[] args)
    {
        var file = args[0];
        var warmup = Option(args, "--warmup", 3);
        var warmupSeconds = Option(args, "--warmup-seconds", 2);
        var passes = Option(args, "--passes", 20);
        var level = TargetLevels.TryParse(OptionText(args, "--level"), out var parsed) ? parsed : TargetLevel.Staff;
        var texts = ReadTexts(file);
        var words = texts.Sum(t => HarnessWordRegex().Count(t));
        var reviewer = new AnswerReviewer();

        var warmupClock = Stopwatch.StartNew();
        var warmupPasses = 0;
        while (warmupPasses < warmup || warmupClock.Elapsed.TotalSeconds < warmupSeconds)
        {
            foreach (var text in texts)
            {
                reviewer.ReviewText(text, null, level);
            }

            warmupPasses++;
        }

        Thread.Sleep(warmupSeconds > 0 ? 500 : 0);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var samples = new double[texts.Count * passes];
        var passTotals = new double[passes];
        var findings = -1;
        var k = 0;
        for (var p = 0; p < passes; p++)
        {
            var count = 0;
            foreach (var text in texts)
            {
                var start = Stopwatch.GetTimestamp();
                var review = reviewer.ReviewText(text, null, level);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples[k++] = elapsed;
                passTotals[p] += elapsed;
                count += review.Findings.Length;
            }

            findings = count;
        }

        Array.Sort(samples);
        var total = passTotals.Sum();
        var result = new JsonObject
        {
            ["starcoach"] = new JsonObject
            {
                ["answers"] = texts.Count,
                ["words"] = words,
                ["medianMsPerAnswer"] = Round(Quantile(samples, 0.5), 4),
                ["p95MsPerAnswer"] = Round(Quantile(samples, 0.95), 4),
                ["msPer1kWords"] = Round(total / passes / words * 1000, 4),
                ["findingsTotal"] = findings,
                ["version"] = typeof(AnswerReviewer).Assembly.GetName().Version?.ToString(),
                ["meanMsPerAnswer"] = Round(total / samples.Length, 4),
                ["maxMsPerAnswer"] = Round(samples[^1], 3),
                ["timedCalls"] = samples.Length,
                ["level"] = TargetLevels.Name(level),
            },
            ["_meta"] = new JsonObject
            {
                ["date"] = DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture),
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["processors"] = Environment.ProcessorCount,
                ["corpus"] = Path.GetFileName(file),
                ["warmupPasses"] = warmupPasses,
                ["warmupSeconds"] = Math.Round(warmupClock.Elapsed.TotalSeconds, 1),
                ["timedPasses"] = passes,
            },
        };
        Console.WriteLine(result.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    }

    // Linear interpolation between closest ranks, as the harness's quantile().
    private static double Quantile(double[] sorted, double q)
    {
        var position = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static List<string> ReadTexts(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var texts = new List<string>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString() : item.TryGetProperty("text", out var t) ? t.GetString() : null;
            if (!string.IsNullOrWhiteSpace(text))
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
