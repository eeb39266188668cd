using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using StarCoach.Core.Import;
using StarCoach.Core.Import.Json;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Import;

/// <summary>The bank JSON contract: round trip, schema, stability.</summary>
public sealed class BankJsonTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Seeds.Fixture("bank.schema.json")));

    public static TheoryData<string> Documents() => new()
    {
        Seeds.Path(Seeds.BehavioralQuestions),
        Seeds.Path(Seeds.LeadershipQuestion),
        Seeds.Fixture("nurse-prep.md"),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Serialize_ImportedBank_ValidatesAgainstTheSchema(string path)
    {
        var json = BankJson.Serialize(new BankImporter().ImportFile(path).Bank!);

        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(5)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Import_BankJson_RoundTripsByteForByte(string path)
    {
        var json = BankJson.Serialize(new BankImporter().ImportFile(path).Bank!);
        var file = Path.Combine(Path.GetTempPath(), $"starcoach-roundtrip-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        try
        {
            var reread = new BankImporter().ImportFile(file);

            Assert.True(reread.Succeeded, reread.Error);
            Assert.Equal(json, BankJson.Serialize(reread.Bank));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Serialize_Bank_UsesTheContractShape()
    {
        var json = JsonNode.Parse(BankJson.Serialize(new BankImporter().ImportFile(Seeds.Path(Seeds.BehavioralQuestions)).Bank!))!;

        Assert.Equal(1, json["schemaVersion"]!.GetValue<int>());
        Assert.Equal("behavioral-questions.txt", json["source"]!.GetValue<string>());
        var answer = json["questions"]![0]!["answers"]![0]!;
        Assert.Equal("star", answer["kind"]!.GetValue<string>());
        Assert.StartsWith("a-", answer["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(9, answer["sourceSpan"]!["startLine"]!.GetValue<int>());
        Assert.Null(json["questions"]![0]!["instruction"]);
        Assert.True(json["questions"]![0]!.AsObject().ContainsKey("instruction"));
    }
}
