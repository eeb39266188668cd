using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using StarCoach.Core.Matching;

namespace StarCoach.Benchmarks;

/// <summary>
/// Match at scale, one bank size per process (so one size's memory never colours the next): the index's own memory
/// (managed heap after a full collection, less the bank's), working set, build time, per-query p50/p95, and the
/// floors it is held against: every story scored exactly (the brute-force ranking, also for recall@5) and a
/// brute-force float scan of one vector per story.
/// Run with: <c>dotnet bench/StarCoach.Benchmarks/bin/Release/net10.0/linux-x64/StarCoach.Benchmarks.dll match-scale 100000</c>.
/// </summary>
internal static class MatchScale
{
    private const int Top = 5;

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length < 1 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            output.WriteLine("usage: match-scale STORIES");
            return 2;
        }

        var load = Load();
        var stories = SyntheticStories.Stories(count);
        var bank = Heap();

        var reports = 0;
        var build = Stopwatch.StartNew();
        var index = SyntheticStories.Index(stories, new Counting(() => reports++));
        build.Stop();
        var indexBytes = Heap() - bank;
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var gc = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        output.WriteLine($"stories {count:N0}; load average at start {load}; {Environment.ProcessorCount} cores");
        output.WriteLine($"build {Seconds(build.Elapsed.TotalSeconds)} s (vectors given; passages, tagging, intents, whitening, BM25F included; {reports} progress reports)");
        output.WriteLine($"memory: index {Mb(indexBytes)} MB managed, of which vectors, passage runs and cues {Mb(index.Stories.Bytes)} MB (bank's own questions and answers {Mb(bank)} MB); GC heap {Mb(gc.HeapSizeBytes)} MB, committed {Mb(gc.TotalCommittedBytes)} MB; working set {Mb(process.WorkingSet64)} MB, peak {Mb(process.PeakWorkingSet64)} MB");

        var queries = Queries();
        var measured = count >= 1_000_000 ? 300 : 1_000;
        // At least 50 queries and 2 s, then a pause: .NET's optimising recompilation of hot code has happened, as in
        // a long-running process (the web app).
        var warmup = Stopwatch.StartNew();
        for (var i = 0; i < 50 || warmup.Elapsed < TimeSpan.FromSeconds(2); i++)
        {
            index.Match(queries[i % queries.Length], Top);
        }

        Thread.Sleep(500);

        var cpu = process.TotalProcessorTime;
        var match = MatchLatency.Time(measured, i => index.Match(queries[i % queries.Length], Top));
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        output.WriteLine($"match: {Percentiles(match)}; CPU {Ms(cpu.TotalMilliseconds / measured)} ms per query");

        // Brute force: every story scored exactly. Its top 5 is the ranking the candidate stage must keep.
        var exactQueries = Math.Min(queries.Length, 20);
        var found = 0;
        var exact = MatchLatency.Time(exactQueries, i =>
        {
            var all = index.Match(queries[i], Top, scoreEveryStory: true, CancellationToken.None);
            var shipped = index.Match(queries[i], Top).Select(m => m.AnswerId).ToHashSet(StringComparer.Ordinal);
            found += all.Count(m => shipped.Contains(m.AnswerId));
        });
        output.WriteLine($"every story scored exactly: {Percentiles(exact)} (with the shipped match of the same query); recall@{Top} of the shipped match {found}/{exactQueries * Top}");

        var floor = FloatScan(count, queries, measured);
        output.WriteLine($"float scan of one vector per story: {Percentiles(floor.Times)}; its vectors {Mb(floor.Bytes)} MB");
        output.WriteLine($"load average at end {Load()}");
        GC.KeepAlive(index);
        return 0;
    }

    private static string[] Queries()
    {
        string[] verbs = ["migrated", "debugged", "automated", "scaled", "negotiated"];
        string[] subjects = ["the data pipeline", "the billing system", "the ML platform", "the release process", "the monitoring stack"];
        string[] contexts = ["under a tight deadline", "with a skeptical manager", "after a production incident", "across three teams"];
        return [.. from v in verbs from s in subjects from c in contexts select $"Tell me about a time you {v} {s} {c}"];
    }

    private static (double[] Times, long Bytes) FloatScan(int count, string[] queries, int measured)
    {
        var dimensions = SyntheticStories.Embedder.Dimensions;
        var rows = new float[(long)count * dimensions];
        for (var i = 0; i < count; i++)
        {
            SyntheticStories.VectorOf(i.ToString(CultureInfo.InvariantCulture)).CopyTo(rows.AsSpan(i * dimensions, dimensions));
        }

        var probes = queries.Select(SyntheticStories.VectorOf).ToArray();
        var scores = new float[count];
        var times = MatchLatency.Time(measured, q =>
        {
            var probe = probes[q % probes.Length];
            for (var i = 0; i < count; i++)
            {
                scores[i] = TensorPrimitives.Dot(probe, rows.AsSpan(i * dimensions, dimensions));
            }

            TopK.Select(scores, 48);
        });
        return (times, rows.LongLength * sizeof(float));
    }

    private static long Heap()
    {
        // Large arrays too: what is live, not what a grown array left behind.
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private sealed class Counting(Action report) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => report();
    }

    private static string Percentiles(double[] sorted)
    {
        double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        return $"n={sorted.Length} p50 {Ms(At(0.50))} ms, p95 {Ms(At(0.95))} ms, p99 {Ms(At(0.99))} ms";
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Seconds(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1_000_000.0).ToString("0", CultureInfo.InvariantCulture);
}
