using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace StarCoach.Core.Tests.Review;

/// <summary>Whatever a user pastes, the review finishes and points inside the text.</summary>
public sealed class ReviewRobustnessTests
{
    // Pieces real answers are made of, including the awkward ones: labels, bullets, escapes, quotes, broken characters.
    private static readonly string[] Pieces =
    [
        "Situation:", "Task:", "Action:", "Result:", "Lessons learned:", "\n", "\n\n", "• ", "- ", "1. ", "\\n", "\\\"", "**", "â€™", "\uFFFD",
        "I", "I'd", "I’d", "we", "would", "always", "said", "was", "were", "fixed", "by", "the", "team", "30%", "$2M", "from", "days", "to", "hours",
        "um", "like", ",", ".", "?", "!", "“", "”", "NDA", "confidential", "Falcon", "codenamed", "At", "Google", "kind", "of", "I think", "e.g.", "Dr.",
    ];

    private static Arbitrary<string> AnswerTexts() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Join(' ', parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property ReviewText_ArbitraryPiecesOfAnswers_FindingsStayInsideTheText() =>
        Prop.ForAll(AnswerTexts(), text =>
        {
            var review = ReviewKit.Review(text, "Tell me about a time you failed. What did you learn?");
            return review.Findings.All(f => f.Start >= 0 && f.Length >= 0 && f.Start + f.Length <= text.Length)
                && review.Rubric.Length == 6 && review.Overall is >= 0 and <= 100;
        });

    [Property(MaxTest = 200)]
    public Property ReviewText_ArbitraryUnicode_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNull<string>>(), text => ReviewKit.Review(text.Get).Rubric.Length == 6);
}
