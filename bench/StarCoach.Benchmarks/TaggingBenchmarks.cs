using BenchmarkDotNet.Attributes;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Import;
using StarCoach.Core.Matching;
using StarCoach.Core.Practice.Recall;

namespace StarCoach.Benchmarks;

/// <summary>
/// Competency tags for the seed bank (every framework) and its Amazon coverage report: warm, with every sentence's
/// vector cached, as the web app and a second <c>starcoach coverage</c> run see it; and cold, every sentence embedded
/// by MiniLM with the frameworks' behaviours, as a first run with an empty cache does.
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private Bank _seed = null!;
    private CompetencyTagger _warm = null!;
    private CompetencyFramework _amazon = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = new BankImporter().ImportFile(SeedDocuments.Path("behavioral-questions.txt")).Bank!;
        _amazon = CompetencyFrameworks.Find("amazon")!;
        _warm = new CompetencyTagger(CompetencyFrameworks.All, new SentenceMeaning(MiniLmEmbedder.Shared, new MemoryEmbeddingCache()));
        _warm.TagBank(_seed);
    }

    [Benchmark(Description = "tag the seed bank, warm (vectors cached)")]
    public BankCompetencies TagWarm() => _warm.TagBank(_seed);

    [Benchmark(Description = "Amazon coverage of the seed bank, warm")]
    public CoverageReport CoverageWarm() => CoverageAnalyzer.Analyze(_seed, _warm, _amazon);

    [Benchmark(Description = "tag the seed bank, cold (behaviours and sentences embedded)")]
    public BankCompetencies TagCold() =>
        new CompetencyTagger(CompetencyFrameworks.All, new SentenceMeaning(MiniLmEmbedder.Shared, new MemoryEmbeddingCache())).TagBank(_seed);
}
