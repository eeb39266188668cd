using BenchmarkDotNet.Attributes;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.PlainText;

namespace StarCoach.Benchmarks;

/// <summary>Importing the seed prep document, warm: decoding excluded, parsing and bank assembly included.</summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly PlainTextImporter _importer = new();
    private SourceDocument _document = null!;
    private byte[] _bytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = SeedDocuments.Path("behavioral-questions.txt");
        _bytes = File.ReadAllBytes(path);
        _document = SourceDocument.FromText("behavioral-questions.txt", File.ReadAllText(path));
    }

    [Benchmark(Description = "import behavioral-questions.txt (parse)")]
    public Bank ImportSeed() => _importer.Import(_document).Bank!;

    [Benchmark(Description = "import behavioral-questions.txt (bytes → bank)")]
    public Bank ImportSeedFromBytes() => new BankImporter().Import("behavioral-questions.txt", _bytes).Bank!;
}
