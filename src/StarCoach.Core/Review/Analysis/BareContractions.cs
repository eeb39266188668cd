namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// Contractions typed without their apostrophe ("didnt", "cant", "im", "hes"), as people write in forum posts and
/// quick notes, read as the words they stand for, so that every list and rule that knows "didn't" knows "didnt". Only
/// forms that are no other word are here: "its", "were", "well", "ill", "id", "wed", "shed" and "lets" are words of
/// their own and are left as written.
/// </summary>
internal static class BareContractions
{
    private static readonly string[] Contractions =
    [
        "don't", "doesn't", "didn't", "can't", "couldn't", "wouldn't", "shouldn't", "won't", "wasn't", "weren't", "isn't",
        "aren't", "hasn't", "haven't", "hadn't", "mustn't", "needn't", "ain't", "i'm", "i've", "he's", "she's", "they're",
        "they've", "you're", "you've", "we've", "that's", "there's", "what's", "who's",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByBareForm =
        Contractions.ToDictionary(c => c.Replace("'", string.Empty, StringComparison.Ordinal), c => c, StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The longest contraction, apostrophe included.</summary>
    public static readonly int MaxLength = Contractions.Max(c => c.Length);

    /// <summary>The contraction <paramref name="word"/> stands for when typed without its apostrophe ("didnt": "didn't").</summary>
    public static bool TryRestore(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? contraction) =>
        ByBareForm.TryGetValue(word, out contraction);
}
