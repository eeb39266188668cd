using System.Collections.Immutable;

namespace StarCoach.Core.Review;

/// <summary>The reviews of one run (an answer, or every answer of a bank) at one target level; the JSON contract of <c>starcoach review --json</c>.</summary>
public sealed record ReviewReport(int SchemaVersion, TargetLevel Level, ImmutableArray<AnswerReview> Reviews)
{
    /// <summary>The version of the review JSON contract this build writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>A report of the current schema version.</summary>
    public static ReviewReport Of(TargetLevel level, ImmutableArray<AnswerReview> reviews) => new(CurrentSchemaVersion, level, reviews);
}
