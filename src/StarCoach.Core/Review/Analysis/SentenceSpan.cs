namespace StarCoach.Core.Review.Analysis;

/// <summary>A sentence's place in the answer text, as <see cref="Text.SentenceSplitter"/> found it in one region.</summary>
/// <param name="End">Index just past the sentence, trailing spaces excluded.</param>
/// <param name="Region">Index of the <see cref="TextRegion"/> it belongs to.</param>
/// <param name="IsBullet">True when the sentence opens a bullet or numbered list item.</param>
internal readonly record struct SentenceSpan(int Start, int End, int Region, bool IsBullet);
