using System.Text.Json;
using StarCoach.Core.Import;
using StarCoach.Core.Review;
using StarCoach.Core.Tests.Support;

namespace StarCoach.Core.Tests.Review;

/// <summary>
/// The rubric and the list of fixes tell one story: a dimension rated Borderline or Poor names the finding behind
/// it, so a candidate never sees "Nothing to fix" beside a Poor. Checked on the labelled development answers, the
/// rule tables' stories and both seed documents.
/// </summary>
public sealed class RubricAgreementTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private sealed record Labelled(string Id, string Question, string Level, string Answer);

    public static TheoryData<string> Sets() => ["dev answers", "table stories", "seed banks"];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Review_DimensionRatedOneOrTwo_IsExplainedByAFindingWithAFix(string set)
    {
        var reviews = ReviewsOf(set).ToList();
        Assert.NotEmpty(reviews);

        foreach (var (name, review) in reviews)
        {
            foreach (var score in review.Rubric.Where(s => s.Level <= 2))
            {
                Assert.True(review.Findings.Length > 0, $"{name}: {score.Dimension} is {score.Label} with nothing to fix");
                var because = score.Evidence.Where(e => e.StartsWith("fired: ", StringComparison.Ordinal)).ToList();
                Assert.True(because.Count > 0, $"{name}: {score.Dimension} is {score.Label} and names no finding: {string.Join("; ", score.Evidence)}");
                Assert.Contains(review.Findings, f => because.Any(b => b.StartsWith("fired: " + f.Rule, StringComparison.Ordinal)) && f.Hint.Length > 0);
            }
        }
    }

    private static IEnumerable<(string Name, AnswerReview Review)> ReviewsOf(string set)
    {
        var reviewer = ReviewKit.Reviewer;
        switch (set)
        {
            case "dev answers":
                var path = Seeds.Fixture(Path.Combine("review-set", "dev.json"));
                var answers = JsonSerializer.Deserialize<List<Labelled>>(File.ReadAllText(path), WebJson)!;
                foreach (var a in answers)
                {
                    var level = TargetLevels.TryParse(a.Level, out var parsed) ? parsed : TargetLevels.Default;
                    yield return (a.Id, reviewer.ReviewText(a.Answer, a.Question, level));
                }

                break;
            case "table stories":
                foreach (var (profession, text) in Stories.All)
                {
                    foreach (var level in Enum.GetValues<TargetLevel>())
                    {
                        yield return ($"{profession} at {level}", reviewer.ReviewText(text, null, level));
                        yield return ($"{profession} cut short at {level}", reviewer.ReviewText(string.Join(' ', text.Split(' ').Take(30)), null, level));
                    }
                }

                break;
            default:
                foreach (var seed in new[] { "behavioral-questions.txt", "leadership-question.txt" })
                {
                    var bank = new BankImporter().ImportFile(Seeds.Path(seed)).Bank!;
                    foreach (var review in reviewer.ReviewBank(bank, TargetLevel.Staff))
                    {
                        yield return ($"{seed} {review.AnswerId}", review);
                    }
                }

                break;
        }
    }
}
