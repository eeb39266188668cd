using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using StarCoach.Core.Banks;
using StarCoach.Core.Consistency;
using StarCoach.Core.Export;
using StarCoach.Core.Import;

namespace StarCoach.Benchmarks;

/// <summary>Claims extraction, the consistency check and the exports on the seed bank, and the check on a bank ten times its size.</summary>
[MemoryDiagnoser]
public class ConsistencyBenchmarks
{
    private Bank _seed = null!;
    private Bank _tenfold = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = new BankImporter().ImportFile(SeedDocuments.Path("behavioral-questions.txt")).Bank!;
        _tenfold = _seed with { Questions = [.. Enumerable.Range(0, 10).SelectMany(i => _seed.Questions.Select(q => q with { Id = q.Id + "-" + i, Answers = [.. q.Answers.Select(a => a with { Id = a.Id + "-" + i })] }))] };
    }

    [Benchmark(Description = "extract claims (seed)")]
    public IReadOnlyList<Claim> ExtractClaims() => ClaimExtractor.Extract(_seed);

    [Benchmark(Description = "check (seed)")]
    public ImmutableArray<ConsistencyFinding> CheckSeed() => ConsistencyChecker.Check(_seed).Findings;

    [Benchmark(Description = "check (seed × 10)")]
    public ImmutableArray<ConsistencyFinding> CheckTenfold() => ConsistencyChecker.Check(_tenfold).Findings;

    [Benchmark(Description = "export PDF cheat sheet (seed)")]
    public long ExportPdf()
    {
        using var stream = new MemoryStream();
        BankExporter.Write(_seed, ExportFormat.Pdf, stream);
        return stream.Length;
    }
}
