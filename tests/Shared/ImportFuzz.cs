using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using StarCoach.Core.Export;
using StarCoach.Core.Import;
using StarCoach.Core.Text;

namespace StarCoach.Testing;

/// <summary>An input of the fuzz run: a seed file and the mutations applied to it in order.</summary>
internal sealed record FuzzCase(int Seed, IReadOnlyList<Mutation> Mutations)
{
    public byte[] Bytes(IReadOnlyList<byte[]> seeds) => Mutations.Aggregate(seeds[Seed], (bytes, mutation) => mutation.Apply(bytes, seeds));

    public override string ToString() => $"seed file {Seed}, then {string.Join(", then ", Mutations)}";
}

/// <summary>What the importer did with one input.</summary>
internal enum FuzzOutcome
{
    Imported,
    Refused,

    /// <summary>Refused, but the message is not one line naming the file, or it shows .NET's insides.</summary>
    UnclearMessage,
    Crashed,
    Hung,
    OverMemory,
}

/// <summary>The importer's answer to one input and what it cost.</summary>
internal sealed record FuzzVerdict(FuzzOutcome Outcome, string Detail, TimeSpan Took, long AllocatedBytes, long PeakWorkingSet)
{
    /// <summary>An import, or a refusal the user can read: the contract every input must keep.</summary>
    public bool KeepsTheContract => Outcome is FuzzOutcome.Imported or FuzzOutcome.Refused;

    public override string ToString() =>
        $"{Outcome} in {Took.TotalMilliseconds:N0} ms, {AllocatedBytes / (1024 * 1024):N0} MB allocated, working set {PeakWorkingSet / (1024 * 1024):N0} MB: {Detail}";
}

/// <summary>
/// The fuzz run over the PDF, .docx and JSON readers, shared by the test suite (a fixed seed, a few hundred inputs) and
/// the long run of the benchmarks (<c>fuzz-import</c>): valid seed files made in code, batches of mutated inputs drawn
/// from FsCheck generators by seed (batch <c>s</c>, case <c>i</c> is always the same input), and each input run through
/// <see cref="BankImporter"/>, the entry the CLI and the web app use, on its own thread with a time budget.
/// </summary>
internal static class ImportFuzz
{
    /// <summary>Longest one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan InputBudget = TimeSpan.FromSeconds(10);

    /// <summary>Largest working set of the process while one input is read (1 GB).</summary>
    public const long MemoryBudget = 1L << 30;

    /// <summary>The size FsCheck generates at; the generators here draw positions and counts of their own.</summary>
    private const int GenerationSize = 50;

    public static readonly IReadOnlyList<ImportFormat> Formats = [ImportFormat.Pdf, ImportFormat.Docx, ImportFormat.Json];

    // .NET type names, exception names and stack frames: what no message to a user may show.
    private static readonly Regex DotNetInsides = new(@"Exception|\b(?:System|Microsoft|UglyToad|DocumentFormat|StarCoach)\.[A-Z]|`\d|\bat [\w.]+\(", RegexOptions.CultureInvariant);

    private static readonly WorkingSetPeak Memory = new();

    private static readonly Dictionary<ImportFormat, Lazy<IReadOnlyList<byte[]>>> SeedFiles = Formats.ToDictionary(f => f, f => new Lazy<IReadOnlyList<byte[]>>(() => MakeSeeds(f)));

    public static string FileName(ImportFormat format) => "fuzz." + format.ToString().ToLowerInvariant();

    /// <summary>The valid files of <paramref name="format"/> every input starts from: a short and a long prep document.</summary>
    public static IReadOnlyList<byte[]> Seeds(ImportFormat format) => SeedFiles[format].Value;

    /// <summary>The <paramref name="count"/> inputs of batch <paramref name="seed"/>: the same for the same seed, on any machine.</summary>
    public static FuzzCase[] Batch(ImportFormat format, int seed, int count)
    {
        var seeds = Seeds(format).Count;
        var cases = from file in Gen.Choose(0, seeds - 1) from mutations in FuzzMutations.For(format, seeds) select new FuzzCase(file, mutations);
        return cases.Sample(numberOfSamples: count, seed: new Rnd((ulong)seed), size: GenerationSize);
    }

    /// <summary>Imports <paramref name="bytes"/> as a file of <paramref name="format"/>, on its own thread, within <paramref name="budget"/>.</summary>
    public static FuzzVerdict Run(ImportFormat format, byte[] bytes, TimeSpan budget)
    {
        var name = FileName(format);

        // Garbage earlier inputs left (the GC lets the heap grow on a machine with memory to spare) would count against
        // this one; with the working set under half the budget, a peak over it is this input's own.
        if (Environment.WorkingSet > MemoryBudget / 2)
        {
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        Memory.Reset();
        var clock = Stopwatch.StartNew();
        var import = Task.Factory.StartNew(() => Import(name, bytes), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!import.Wait(budget))
            {
                return new FuzzVerdict(FuzzOutcome.Hung, $"still running after {budget.TotalSeconds:N0} s", clock.Elapsed, 0, Memory.Peak);
            }
        }
        catch (AggregateException e) when (e.InnerException is { } thrown)
        {
            var frames = thrown.StackTrace?.Split('\n').Take(12).Select(f => f.Trim()) ?? [];
            return new FuzzVerdict(FuzzOutcome.Crashed, $"{thrown.GetType().FullName}: {thrown.Message} | {string.Join(" | ", frames)}", clock.Elapsed, 0, Memory.Peak);
        }

        var (result, allocated) = import.Result;
        var (took, peak) = (clock.Elapsed, Memory.Peak);
        // The working set is the process's: an input that allocated little did not take it past the budget (the test
        // suite runs other tests beside this one).
        if (peak > MemoryBudget && allocated > MemoryBudget / 4)
        {
            return new FuzzVerdict(FuzzOutcome.OverMemory, $"working set reached {peak / (1024 * 1024):N0} MB, over {MemoryBudget / (1024 * 1024):N0} MB", took, allocated, peak);
        }

        if (result.Succeeded)
        {
            return new FuzzVerdict(FuzzOutcome.Imported, $"{result.Bank.Questions.Length} questions", took, allocated, peak);
        }

        var unclear = MessageProblem(name, result.Error);
        return new FuzzVerdict(unclear is null ? FuzzOutcome.Refused : FuzzOutcome.UnclearMessage, unclear is null ? result.Error : $"{unclear}: {result.Error}", took, allocated, peak);
    }

    /// <summary>
    /// The kind of a refusal, to count them by: the reason without the file name and the advice, the JSON field it
    /// names, what it found there, figures and quoted text.
    /// </summary>
    public static string Kind(string message)
    {
        var reason = message.Split(": ", 2)[^1].Split(';')[0].Split(". ")[0].TrimEnd('.');
        reason = Regex.Replace(reason, @"\b[a-z][\w.\[\]]*(?= at line)|, not .*$", m => m.Value.StartsWith(',') ? string.Empty : "…", RegexOptions.CultureInvariant);
        reason = Regex.Replace(reason, "\"[^\"]*\"", "\"…\"", RegexOptions.CultureInvariant);
        return Regex.Replace(reason, @"\d+(?:[.,]\d+)*", "N", RegexOptions.CultureInvariant);
    }

    private static (ImportResult Result, long Allocated) Import(string name, byte[] bytes)
    {
        // The import runs on this thread alone, so this is what it allocated (churn included, so above what it held).
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = new BankImporter().Import(name, bytes);
        return (result, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string? MessageProblem(string name, string error) =>
        string.IsNullOrWhiteSpace(error) ? "empty message"
        : error.Contains('\n', StringComparison.Ordinal) || error.Contains('\r', StringComparison.Ordinal) ? "more than one line"
        : !error.StartsWith(name + ": ", StringComparison.Ordinal) ? "does not start with the file name"
        : DotNetInsides.IsMatch(error) ? "shows .NET's insides"
        : null;

    private static IReadOnlyList<byte[]> MakeSeeds(ImportFormat format)
    {
        string[] documents = [ImportDocuments.Unsure, File.ReadAllText(SeedDocuments.Path("leadership-question.txt"))];
        var headings = new HashSet<string>(StringComparer.Ordinal) { "Retail prep", "Customer complaints" };
        return format switch
        {
            ImportFormat.Pdf => [HostilePdfs.Lines(SourceLines.Split(documents[0])), .. documents.Select(d => Steady(DocumentFixtures.Pdf(d, headings)))],
            ImportFormat.Docx => [.. documents.Select(d => InZipEntry.Repack(DocumentFixtures.Docx(d, headings), stored: false, (_, _, part) => part))],
            _ => [.. documents.Select(ExportedJson)],
        };
    }

    /// <summary>
    /// The PDF with what PDFsharp makes new on every run written the same: the time it was made (the Info dictionary,
    /// the XMP metadata), its random ids (the XMP's uuids, the trailer's /ID) and the tags of its font subsets.
    /// </summary>
    private static byte[] Steady(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = Regex.Replace(
            text,
            @"(?<=D:)\d{14}|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d|(?<=uuid:)[0-9a-f-]{36}|(?<=/ID\s*\[\s*<(?:[0-9A-Fa-f]+>\s*<)?)[0-9A-Fa-f]+",
            m => Regex.Replace(m.Value, "[0-9A-Fa-f]", "0", RegexOptions.CultureInvariant),
            RegexOptions.CultureInvariant);
        return Encoding.Latin1.GetBytes(Regex.Replace(text, @"(?<=/)[A-Z]{6}(?=\+)", "AAAAAA", RegexOptions.CultureInvariant));
    }

    /// <summary>The bank JSON the app's own exporter writes for the text <paramref name="document"/>.</summary>
    private static byte[] ExportedJson(string document)
    {
        var bank = new BankImporter().Import("seed.txt", Encoding.UTF8.GetBytes(document)).Bank ?? throw new InvalidOperationException("the seed document does not import");
        using var json = new MemoryStream();
        var written = BankExporter.Write(bank, ExportFormat.Json, json);
        return written.Succeeded ? json.ToArray() : throw new InvalidOperationException(written.Error);
    }

    /// <summary>
    /// The process's working set sampled every 20 ms on a background thread, so the peak while one input is read is
    /// known: what an import allocates counts its churn, and the managed heap alone misses native memory.
    /// </summary>
    private sealed class WorkingSetPeak
    {
        private long _peak;

        public WorkingSetPeak() => new Thread(Sample) { IsBackground = true, Name = "fuzz working set" }.Start();

        public long Peak => Math.Max(Interlocked.Read(ref _peak), Environment.WorkingSet);

        public void Reset() => Interlocked.Exchange(ref _peak, Environment.WorkingSet);

        private void Sample()
        {
            while (true)
            {
                Thread.Sleep(20);
                var now = Environment.WorkingSet;
                if (now > Interlocked.Read(ref _peak))
                {
                    // Only this thread raises the peak; a reset between the read and the write costs one sample.
                    Interlocked.Exchange(ref _peak, now);
                }
            }
        }
    }
}
