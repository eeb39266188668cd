using System.Text;
using StarCoach.Core.Banks;
using StarCoach.Core.Export;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Json;
using StarCoach.Core.Tests.Support;
using UglyToad.PdfPig;

namespace StarCoach.Core.Tests.Export;

/// <summary>Exports opened the way a user would: the PDF read back, the Anki file parsed, Markdown and JSON re-imported.</summary>
public sealed class ExportTests : IDisposable
{
    private static readonly Lazy<Bank> Seed = new(() => new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!);

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("starcoach-export-");

    public void Dispose() => _dir.Delete(recursive: true);

    public static TheoryData<string> Documents() => new()
    {
        Seeds.Path(Seeds.BehavioralQuestions),
        Seeds.Fixture("nurse-prep.md"),
    };

    [Fact]
    public void WritePdf_Seed_HoldsEveryQuestionWhenReadBack()
    {
        var bytes = Export(Seed.Value, ExportFormat.Pdf);

        using var pdf = PdfDocument.Open(bytes);
        var text = Normalise(string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)));
        Assert.All(Seed.Value.Questions, q => Assert.Contains(Normalise(q.Text), text, StringComparison.Ordinal));
        Assert.Contains("page 1 of", text, StringComparison.Ordinal);
        Assert.Contains("cut serving latency by 30%", text, StringComparison.Ordinal);
        Assert.True(pdf.NumberOfPages > 1);
    }

    [Fact]
    public void WritePdf_TaggedBank_GroupsByCompetency()
    {
        var bank = Seed.Value with
        {
            Questions = [.. Seed.Value.Questions.Select((q, i) => i % 2 == 0 ? q with { Competencies = [new CompetencyTag("amazon", "ownership", "I owned it")] } : q)],
        };

        using var pdf = PdfDocument.Open(Export(bank, ExportFormat.Pdf));

        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Ownership · Amazon Leadership Principles", text, StringComparison.Ordinal);
        Assert.Contains("Other questions", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteAnki_Seed_OneNotePerAnsweredQuestionWithThreeFieldsAndTags()
    {
        var text = Encoding.UTF8.GetString(Export(Seed.Value, ExportFormat.Anki));

        var lines = text.Split('\n');
        Assert.Equal(["#separator:tab", "#html:false", "#notetype:Basic", "#tags column:3"], lines.Take(4));
        var rows = ParseTsv(string.Join('\n', lines.Skip(4)));
        Assert.Equal(Seed.Value.Questions.Count(q => !q.Answers.IsEmpty), rows.Count);
        Assert.All(rows, r => Assert.Equal(3, r.Count));
        var latency = Assert.Single(rows, r => r[0] == "Tell me about yourself");
        Assert.Contains("cut serving latency by 30%", latency[1], StringComparison.Ordinal);
        Assert.Equal("invent-and-simplify starcoach", latency[2]);
        var first = rows[0];
        var situation = first[1].Split('\n').Single(l => l.StartsWith("Situation: ", StringComparison.Ordinal))["Situation: ".Length..];
        Assert.Contains(situation.TrimEnd('…'), Seed.Value.Questions[0].Answers[0].Sections[0].Text, StringComparison.Ordinal);
        Assert.Contains("\nResult: ", first[1], StringComparison.Ordinal);
        Assert.Equal("thinking-outside-the-box starcoach", first[2]);
    }

    [Fact]
    public void WriteAnki_Competencies_BecomeHierarchicalTags()
    {
        var question = Seed.Value.Questions[0] with { Competencies = [new CompetencyTag("amazon", "invent-and-simplify", "e"), new CompetencyTag("meta", "Drive Results", "e")] };

        var rows = ParseTsv(string.Join('\n', Encoding.UTF8.GetString(Export(Seed.Value with { Questions = [question] }, ExportFormat.Anki)).Split('\n').Skip(4)));

        Assert.Equal("amazon::invent-and-simplify meta::drive-results starcoach", Assert.Single(rows)[2]);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void WriteMarkdown_ReimportsToTheSameQuestionsAnswersAndSections(string path)
    {
        var bank = new BankImporter().ImportFile(path).Bank!;

        var reimported = new BankImporter().Import("export.md", Export(bank, ExportFormat.Markdown));

        Assert.True(reimported.Succeeded, reimported.Error);
        Assert.Equal(Shape(bank), Shape(reimported.Bank));
        Assert.Equal(bank.Title, reimported.Bank.Title);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void WriteJson_RoundTripsByteForByte(string path)
    {
        var bank = new BankImporter().ImportFile(path).Bank!;
        var bytes = Export(bank, ExportFormat.Json);

        var reimported = new BankImporter().Import("bank.json", bytes);

        Assert.True(reimported.Succeeded, reimported.Error);
        Assert.Equal(Encoding.UTF8.GetString(bytes), BankJson.Serialize(reimported.Bank) + "\n");
    }

    [Fact]
    public void WriteFile_ExistingFile_IsKeptUnlessOverwriteIsAsked()
    {
        var path = Path.Combine(_dir.FullName, "bank.json");
        File.WriteAllText(path, "keep me");

        var refused = BankExporter.WriteFile(Seed.Value, ExportFormat.Json, path);
        Assert.False(refused.Succeeded);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(path));

        Assert.True(BankExporter.WriteFile(Seed.Value, ExportFormat.Json, path, overwrite: true).Succeeded);
        Assert.StartsWith("{", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Single(_dir.GetFiles());
    }

    [Fact]
    public void WriteFile_MissingFolder_FailsWithoutWritingAnything()
    {
        var result = BankExporter.WriteFile(Seed.Value, ExportFormat.Markdown, Path.Combine(_dir.FullName, "nope", "bank.md"));

        Assert.False(result.Succeeded);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.Empty(_dir.GetFileSystemInfos());
    }

    private static byte[] Export(Bank bank, ExportFormat format)
    {
        using var stream = new MemoryStream();
        var result = BankExporter.Write(bank, format, stream);
        Assert.True(result.Succeeded, result.Error);
        return stream.ToArray();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<string> Shape(Bank bank) =>
        bank.Questions.Select(q => $"{q.Category} | {q.Text} | {q.Instruction} | {string.Join("; ", q.Answers.Select(a => a.Kind + ":" + string.Join(",", a.Sections.Select(s => s.Label))))} | {string.Join(" / ", q.FollowUps.Select(f => f.Question + (f.Answer is null ? "" : " +")))}").ToList();

    /// <summary>Tab-separated rows as Anki reads them: quoted fields may hold tabs and line breaks, "" is a quote.</summary>
    private static List<List<string>> ParseTsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == '\t')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

}
