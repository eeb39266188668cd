using System.Diagnostics;
using System.Globalization;
using StarCoach.Core.Import;

namespace StarCoach.Benchmarks;

/// <summary>
/// The long fuzz run over the PDF, .docx and JSON readers (docs/reliability.md, "Fuzzing"): batches of mutated files,
/// a new seed each batch, through <see cref="BankImporter"/> for a number of minutes. It counts what each input got,
/// the slowest input, the most one input allocated and the peak working set while one was read, and keeps every input that
/// broke the contract in artifacts/fuzz with the seed and case that replay it. The input being read is written first
/// (current.*), so one that takes the process down is on disk too.
/// </summary>
internal static class FuzzImport
{
    private const int BatchSize = 100;

    private const string Usage = "usage: fuzz-import [--minutes M] [--format pdf|docx|json] [--seed N] [--case I] [--out DIR]";

    private sealed class Tally(ImportFormat format)
    {
        public ImportFormat Format { get; } = format;
        public int Inputs { get; set; }
        public Dictionary<FuzzOutcome, int> Outcomes { get; } = [];
        public Dictionary<string, int> Refusals { get; } = new(StringComparer.Ordinal);
        public (TimeSpan Took, int Seed, int Case, int Bytes) Slowest { get; set; }
        public (long Bytes, int Seed, int Case) MostAllocated { get; set; }
        public long PeakWorkingSet { get; set; }
        public int Batches { get; set; }
    }

    public static int Run(string[] args, TextWriter output)
    {
        if (!TryParse(args, out var minutes, out var formats, out var firstSeed, out var replayCase, out var folder))
        {
            output.WriteLine(Usage);
            return 2;
        }

        if (replayCase is { } index)
        {
            return formats.Count == 1 && firstSeed is { } seed ? Replay(formats[0], seed, index, folder, output) : Fail(output, "--case needs one --format and the --seed of its batch");
        }

        var seedOfRun = firstSeed ?? Random.Shared.Next(1, int.MaxValue / 2);
        output.WriteLine($"fuzz-import: {minutes:0.#} min over {string.Join(", ", formats)}, batches of {BatchSize} from seed {seedOfRun}; inputs that break the contract go to {folder}");
        var tallies = new List<Tally>();
        var broken = 0;
        foreach (var format in formats)
        {
            var tally = new Tally(format);
            tallies.Add(tally);
            broken += Fuzz(tally, seedOfRun, TimeSpan.FromMinutes(minutes / formats.Count), folder, output);
        }

        Report(tallies, output);
        output.WriteLine($"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB; {broken} inputs broke the contract");
        return broken == 0 ? 0 : 1;
    }

    private static int Fuzz(Tally tally, int firstSeed, TimeSpan time, string folder, TextWriter output)
    {
        var format = tally.Format;
        var seeds = ImportFuzz.Seeds(format);
        var formatFolder = Directory.CreateDirectory(Path.Combine(folder, format.ToString().ToLowerInvariant())).FullName;
        var current = Path.Combine(formatFolder, "current" + Path.GetExtension(ImportFuzz.FileName(format)));
        var clock = Stopwatch.StartNew();
        var nextReport = TimeSpan.FromMinutes(1);
        var broken = 0;
        for (var seed = firstSeed; clock.Elapsed < time; seed++)
        {
            tally.Batches++;
            var batch = ImportFuzz.Batch(format, seed, BatchSize);
            for (var i = 0; i < batch.Length && clock.Elapsed < time; i++)
            {
                var bytes = batch[i].Bytes(seeds);
                File.WriteAllBytes(current, bytes);
                File.WriteAllText(current + ".txt", $"seed {seed} case {i}: {batch[i]}\n");
                var verdict = ImportFuzz.Run(format, bytes, ImportFuzz.InputBudget);
                Count(tally, verdict, seed, i, bytes.Length);
                if (!verdict.KeepsTheContract)
                {
                    broken++;
                    Keep(formatFolder, format, seed, i, batch[i], bytes, verdict, output);
                    if (verdict.Outcome == FuzzOutcome.Hung)
                    {
                        // The hung import still holds its thread and a core; what is measured after it would be wrong.
                        output.WriteLine($"{format}: stopped after a hang");
                        return broken;
                    }
                }
            }

            if (clock.Elapsed >= nextReport)
            {
                nextReport += TimeSpan.FromMinutes(1);
                output.WriteLine($"{format} {clock.Elapsed:m\\:ss}: {Summary(tally)}");
            }
        }

        File.Delete(current);
        File.Delete(current + ".txt");
        return broken;
    }

    private static void Count(Tally tally, FuzzVerdict verdict, int seed, int index, int bytes)
    {
        tally.Inputs++;
        tally.Outcomes[verdict.Outcome] = tally.Outcomes.GetValueOrDefault(verdict.Outcome) + 1;
        if (verdict.Outcome == FuzzOutcome.Refused)
        {
            var kind = ImportFuzz.Kind(verdict.Detail);
            tally.Refusals[kind] = tally.Refusals.GetValueOrDefault(kind) + 1;
        }

        if (verdict.Took > tally.Slowest.Took)
        {
            tally.Slowest = (verdict.Took, seed, index, bytes);
        }

        if (verdict.AllocatedBytes > tally.MostAllocated.Bytes)
        {
            tally.MostAllocated = (verdict.AllocatedBytes, seed, index);
        }

        tally.PeakWorkingSet = Math.Max(tally.PeakWorkingSet, verdict.PeakWorkingSet);
    }

    private static void Keep(string folder, ImportFormat format, int seed, int index, FuzzCase input, byte[] bytes, FuzzVerdict verdict, TextWriter output)
    {
        var name = Path.Combine(folder, $"seed{seed}-case{index}");
        File.WriteAllBytes(name + Path.GetExtension(ImportFuzz.FileName(format)), bytes);
        var replay = $"fuzz-import --format {format.ToString().ToLowerInvariant()} --seed {seed} --case {index}";
        File.WriteAllText(name + ".txt", $"{verdict}\ninput: {input}\nreplay: {replay}\n");
        output.WriteLine($"{format} seed {seed} case {index}: {verdict} (replay: {replay})");
    }

    private static int Replay(ImportFormat format, int seed, int index, string folder, TextWriter output)
    {
        var input = ImportFuzz.Batch(format, seed, index + 1)[index];
        var bytes = input.Bytes(ImportFuzz.Seeds(format));
        var file = Path.Combine(Directory.CreateDirectory(folder).FullName, $"replay-{format.ToString().ToLowerInvariant()}-seed{seed}-case{index}{Path.GetExtension(ImportFuzz.FileName(format))}");
        File.WriteAllBytes(file, bytes);
        var verdict = ImportFuzz.Run(format, bytes, ImportFuzz.InputBudget);
        output.WriteLine($"input: {input}");
        output.WriteLine($"{bytes.Length:N0} bytes, written to {file}");
        output.WriteLine(verdict);
        return verdict.KeepsTheContract ? 0 : 1;
    }

    private static void Report(List<Tally> tallies, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("| format | inputs | imported | refused | broke the contract | slowest input | most one input allocated | peak working set |");
        output.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var t in tallies)
        {
            var brokeIt = t.Inputs - t.Outcomes.GetValueOrDefault(FuzzOutcome.Imported) - t.Outcomes.GetValueOrDefault(FuzzOutcome.Refused);
            output.WriteLine($"| {t.Format} | {t.Inputs:N0} ({t.Batches} batches) | {t.Outcomes.GetValueOrDefault(FuzzOutcome.Imported):N0} | {t.Outcomes.GetValueOrDefault(FuzzOutcome.Refused):N0} | {brokeIt} "
                + $"| {t.Slowest.Took.TotalMilliseconds:N0} ms ({t.Slowest.Bytes / 1024.0:N0} KB, seed {t.Slowest.Seed} case {t.Slowest.Case}) | {t.MostAllocated.Bytes / (1024 * 1024):N0} MB (seed {t.MostAllocated.Seed} case {t.MostAllocated.Case}) | {t.PeakWorkingSet / (1024 * 1024):N0} MB |");
        }

        foreach (var t in tallies)
        {
            output.WriteLine();
            output.WriteLine($"{t.Format} refusals by kind:");
            foreach (var (kind, count) in t.Refusals.OrderByDescending(r => r.Value))
            {
                output.WriteLine($"  {count,7:N0}  {kind}");
            }
        }
    }

    private static string Summary(Tally t) =>
        $"{t.Inputs:N0} inputs, {string.Join(", ", t.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Value:N0} {o.Key.ToString().ToLowerInvariant()}"))}; "
        + $"slowest {t.Slowest.Took.TotalMilliseconds:N0} ms, peak working set {t.PeakWorkingSet / (1024 * 1024):N0} MB";

    private static int Fail(TextWriter output, string message)
    {
        output.WriteLine($"fuzz-import: {message}. {Usage}");
        return 2;
    }

    private static bool TryParse(string[] args, out double minutes, out List<ImportFormat> formats, out int? seed, out int? replayCase, out string folder)
    {
        minutes = 1;
        formats = [.. ImportFuzz.Formats];
        seed = null;
        replayCase = null;
        folder = Path.Combine(SeedDocuments.RepositoryRoot(), "artifacts", "fuzz");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--minutes" when double.TryParse(value, CultureInfo.InvariantCulture, out var m) && m > 0:
                    minutes = m;
                    break;
                case "--format" when ImportFuzz.Formats.Where(f => f.ToString().Equals(value, StringComparison.OrdinalIgnoreCase)).ToList() is [var named]:
                    formats = [named];
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s) && s >= 0:
                    seed = s;
                    break;
                case "--case" when int.TryParse(value, CultureInfo.InvariantCulture, out var c) && c >= 0:
                    replayCase = c;
                    break;
                case "--out":
                    folder = value;
                    break;
                default:
                    return false;
            }
        }

        return args.Length % 2 == 0;
    }
}
