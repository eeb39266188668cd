using System.Collections.Immutable;
using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Review;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Tests.Review;

/// <summary>Reviews answers written in tests the way the CLI reviews an answer on standard input.</summary>
internal static class ReviewKit
{
    public static readonly AnswerReviewer Reviewer = new();

    public static AnswerReview Review(string answer, string? question = null, TargetLevel level = TargetLevel.Senior, AnswerKind? kind = null)
    {
        if (kind is null)
        {
            return Reviewer.ReviewText(answer, question, level);
        }

        var (_, regions) = AnswerTextParser.ParseRegions(answer, pitchQuestion: false);
        var parts = question is null ? ImmutableArray<string>.Empty : PromptPhrases.SplitParts(question);
        return Reviewer.Review(new ReviewSubject(answer, [], kind.Value, question, parts, IsFollowUp: false, Regions: regions), null, "test", question, level);
    }

    public static AnswerReview Review(RuleExample example) => Review(example.Answer, example.Question, example.Level, example.Kind);

    public static AnswerAnalysis Analyze(string answer, string? question = null, TargetLevel level = TargetLevel.Senior)
    {
        var (kind, regions) = AnswerTextParser.ParseRegions(answer, pitchQuestion: false);
        return Reviewer.Analyze(new ReviewSubject(answer, [], kind, question, [], IsFollowUp: false, Regions: regions), level);
    }

    public static IEnumerable<string> Rules(this AnswerReview review) => review.Findings.Select(f => f.Rule).Distinct();

    public static bool Has(this AnswerReview review, string rule) => review.Findings.Any(f => f.Rule == rule);
}
