using StarCoach.Core.Import;

namespace StarCoach.Core.Tests.Import;

/// <summary>
/// Mutated PDF, .docx and JSON files (bit flips, cuts, splices, huge numbers, deep nesting, lying ZIP headers, JSON
/// values of the wrong type, lone surrogates) import or are refused with one line naming the file: never an
/// exception, a hang or a gigabyte. A fixed seed per format; the long run is <c>fuzz-import</c> in the benchmarks.
/// </summary>
public sealed class ImportFuzzTests
{
    /// <summary>The batch the suite runs, the same on every run; a failure names it for the long run to replay.</summary>
    private const int Seed = 20261207;

    [Theory]
    [InlineData(ImportFormat.Pdf, 800)]
    [InlineData(ImportFormat.Docx, 800)]
    [InlineData(ImportFormat.Json, 2000)]
    public void Import_MutatedFiles_ImportOrRefuseWithOneLine(ImportFormat format, int inputs)
    {
        var seeds = ImportFuzz.Seeds(format);
        var failures = new List<string>();
        var outcomes = new HashSet<FuzzOutcome>();
        var batch = ImportFuzz.Batch(format, Seed, inputs);
        for (var i = 0; i < batch.Length; i++)
        {
            var verdict = ImportFuzz.Run(format, batch[i].Bytes(seeds), ImportFuzz.InputBudget);
            outcomes.Add(verdict.Outcome);
            if (!verdict.KeepsTheContract)
            {
                failures.Add($"case {i} ({batch[i]}): {verdict}");
            }
        }

        // Mutations that broke every file at the first byte would test nothing past the sniffer.
        Assert.Contains(FuzzOutcome.Imported, outcomes);
        Assert.True(failures.Count == 0, $"{failures.Count} of {inputs} inputs broke the contract; replay one with "
            + $"`fuzz-import --format {format.ToString().ToLowerInvariant()} --seed {Seed} --case N` in bench/StarCoach.Benchmarks:\n{string.Join('\n', failures)}");
    }
}
