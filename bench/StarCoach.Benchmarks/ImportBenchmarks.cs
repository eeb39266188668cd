using BenchmarkDotNet.Attributes;
using StarCoach.Core.Banks;
using StarCoach.Core.Import;
using StarCoach.Core.Import.PlainText;

namespace StarCoach.Benchmarks;

/// <summary>
/// Importing the seed prep document, warm (decoding excluded, parsing and bank assembly included), and a 100 KB
/// HTML-heavy Markdown story bank from its bytes (Markdig, AngleSharp for the HTML blocks, the outline rules).
/// </summary>
[MemoryDiagnoser]
public class ImportBenchmarks
{
    private readonly PlainTextImporter _importer = new();
    private SourceDocument _document = null!;
    private byte[] _bytes = null!;
    private byte[] _readme = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = SeedDocuments.Path("behavioral-questions.txt");
        _bytes = File.ReadAllBytes(path);
        _document = SourceDocument.FromText("behavioral-questions.txt", File.ReadAllText(path));
        _readme = System.Text.Encoding.UTF8.GetBytes(HtmlHeavyReadme.Generate(100 * 1024));
    }

    [Benchmark(Description = "import behavioral-questions.txt (parse)")]
    public Bank ImportSeed() => _importer.Import(_document).Bank!;

    [Benchmark(Description = "import behavioral-questions.txt (bytes → bank)")]
    public Bank ImportSeedFromBytes() => new BankImporter().Import("behavioral-questions.txt", _bytes).Bank!;

    [Benchmark(Description = "import a 100 KB HTML-heavy README (bytes → bank)")]
    public Bank ImportHtmlReadme() => new BankImporter().Import("README.md", _readme).Bank!;
}
