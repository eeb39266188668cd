using System.Diagnostics;
using System.Globalization;
using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// Per-query latency percentiles (BenchmarkDotNet reports percentiles of iteration means, not of single
/// queries): builds the 100,000-story index, then times each query on its own.
/// Run with: <c>dotnet run -c Release --project bench/StarCoach.Benchmarks -- match-latency</c>.
/// </summary>
internal static class MatchLatency
{
    private const int Stories = 100_000;
    private const int Warmup = 100;
    private const int Measured = 1_000;

    public static void Run(TextWriter output)
    {
        if (File.Exists("/proc/loadavg"))
        {
            output.WriteLine($"load average at start: {File.ReadAllText("/proc/loadavg").Trim()} ({Environment.ProcessorCount} cores)");
        }

        var build = Stopwatch.StartNew();
        var index = SyntheticStories.Index(Stories);
        output.WriteLine($"index of {index.Count:N0} stories built in {build.Elapsed.TotalSeconds:0.0} s (synthetic vectors; tagging included)");

        var queries = Enumerable.Range(0, 50).Select(i => $"Tell me about a time you handled incident {i} on the billing system under a tight deadline with a skeptical manager").ToArray();
        for (var i = 0; i < Warmup; i++)
        {
            index.Match(queries[i % queries.Length], 5);
        }

        // Matching runs on the calling thread: the process's CPU time per query is its cost without the waiting
        // that other work on a shared machine adds to the wall-clock percentiles.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var match = Time(Measured, i => index.Match(queries[i % queries.Length], 5));
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Report(output, "match (query embedding excluded)", match);
        output.WriteLine($"match CPU time: {(cpu.TotalMilliseconds / Measured).ToString("0.0", CultureInfo.InvariantCulture)} ms per query (mean; the process's, GC included)");

        // Match embeds the question and its ask (QuestionCore) in one batch.
        var embedder = MiniLmEmbedder.Shared;
        embedder.Embed(["warm up"]);
        var embed = Time(200, i =>
        {
            var question = queries[i % queries.Length] + " " + i.ToString(CultureInfo.InvariantCulture);
            embedder.Embed([question, QuestionCore.Of(question)]);
        });
        Report(output, "embed query + ask (MiniLM, one batch)", embed);
        if (File.Exists("/proc/loadavg"))
        {
            output.WriteLine($"load average at end: {File.ReadAllText("/proc/loadavg").Trim()}");
        }
    }

    /// <summary>Times each call on its own; the times sorted, in ms.</summary>
    internal static double[] Time(int count, Action<int> action)
    {
        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            action(i);
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times;
    }

    private static void Report(TextWriter output, string what, double[] sorted)
    {
        static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        output.WriteLine($"{what}: n={sorted.Length} p50 {Ms(At(0.50))} ms, p95 {Ms(At(0.95))} ms, p99 {Ms(At(0.99))} ms, max {Ms(sorted[^1])} ms");
    }
}
