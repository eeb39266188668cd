using System.Globalization;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;
using StarCoach.Core.Review;

namespace StarCoach.Core.Tests.Review;

/// <summary>
/// Word budgets are stated once, in <see cref="LevelCalibration"/>: the table a reader finds in the review's README
/// says the same targets and limits, so the documentation cannot drift from what the review flags.
/// </summary>
public sealed partial class WordBudgetTableTests
{
    [GeneratedRegex(@"^\| (?<kind>[^|]+) \| (?<target>[^|]+) \| [^|(]+\((?<min>\d+) words\) \| [^|(]+\((?<max>\d+) words\) \|$", RegexOptions.Multiline)]
    private static partial Regex RowRegex();

    public static TheoryData<string, AnswerKind, TargetLevel, bool> Budgets() => new()
    {
        { "story, junior/mid", AnswerKind.Star, TargetLevel.Mid, false },
        { "story, senior", AnswerKind.Freeform, TargetLevel.Senior, false },
        { "story, staff/principal", AnswerKind.Star, TargetLevel.Principal, false },
        { "compressed", AnswerKind.Compressed, TargetLevel.Senior, false },
        { "pitch", AnswerKind.Pitch, TargetLevel.Senior, false },
        { "follow-up answer", AnswerKind.Freeform, TargetLevel.Senior, true },
        { "solution", AnswerKind.Solution, TargetLevel.Senior, false },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void ReviewReadme_BudgetRow_SaysWhatLevelCalibrationFlags(string row, AnswerKind kind, TargetLevel level, bool followUp)
    {
        var readme = File.ReadAllText(Path.Combine(Repository(), "src", "StarCoach.Core", "Review", "README.md"));
        var rows = RowRegex().Matches(readme).ToDictionary(m => m.Groups["kind"].Value.Trim(), m => m);
        var budget = LevelCalibration.Budget(kind, level, followUp);

        Assert.True(rows.TryGetValue(row, out var match), $"the README has no budget row “{row}”");
        Assert.Equal(budget.Target, match.Groups["target"].Value.Trim());
        Assert.Equal(budget.MinWords, int.Parse(match.Groups["min"].Value, CultureInfo.InvariantCulture));
        Assert.Equal(budget.MaxWords, int.Parse(match.Groups["max"].Value, CultureInfo.InvariantCulture));
    }

    private static string Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StarCoach.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository (StarCoach.slnx) is not above the test assembly.");
    }
}

/// <summary>The practice countdown and the review's length findings come from the same budget.</summary>
public sealed class PracticeBudgetTests
{
    public static TheoryData<TargetLevel, Core.Practice.PracticeMode> Cases()
    {
        var rows = new TheoryData<TargetLevel, Core.Practice.PracticeMode>();
        foreach (var level in Enum.GetValues<TargetLevel>())
        {
            rows.Add(level, Core.Practice.PracticeMode.Full);
            rows.Add(level, Core.Practice.PracticeMode.Compressed);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Practice_AnswerThatFillsTheCountdown_IsNeitherTooShortNorTooLongInTheReview(TargetLevel level, Core.Practice.PracticeMode mode)
    {
        var seconds = Core.Practice.PracticeModes.BudgetSeconds(mode, level);
        var budget = Core.Practice.PracticeModes.Budget(mode, level);
        var words = seconds * AnswerReviewer.WordsPerMinute / 60;

        Assert.InRange(words, budget.MinWords, budget.MaxWords);
    }
}
