namespace StarCoach.Core.Review.Analysis;

/// <summary>Who does what a sentence tells.</summary>
internal enum Actor
{
    /// <summary>The candidate: "I called the supplier".</summary>
    Candidate,

    /// <summary>The candidate's group: "we rolled it back".</summary>
    Group,

    /// <summary>Someone else: "my manager decided", "they moved the deadline".</summary>
    Others,

    /// <summary>Nobody is named: a note ("- called the supplier") or an outcome ("errors fell by half").</summary>
    Unnamed,
}

/// <summary>
/// Reads who acts in each sentence of an answer: "I" as a word makes it the candidate's, "we" the group's, a
/// third-person subject ("he", "they", "my manager", "the team") someone else's. "My" and "me" alone do not make a
/// sentence the candidate's ("My manager asked me to…" tells what the manager did). Used wherever it matters whose
/// act a sentence shows: competency evidence and follow-up probes.
/// </summary>
internal static class SentenceActors
{
    private static readonly HashSet<string> CandidateWords = new(["i", "i'd", "i've", "i'm", "i'll", "i’d", "i’ve", "i’m", "i’ll"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> GroupWords = new(["we", "we'd", "we've", "we're", "we'll", "we’d", "we’ve", "we’re", "we’ll"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> OtherPronouns = new(["he", "she", "they", "he'd", "she'd", "they'd"], StringComparer.OrdinalIgnoreCase);

    // Nouns that, after "my", "the" or "our", name someone else acting: "my manager decided", "the team chose".
    private static readonly HashSet<string> OtherPeople = new(
        ["manager", "boss", "supervisor", "lead", "director", "team", "company", "management", "leadership", "client", "customer", "principal", "head", "owner", "committee", "board", "vp", "cto", "ceo", "colleague", "coworker", "teammate", "doctor", "physician"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Who a single word names as acting: "I" the candidate, "we" the group, "he", "they" or a role ("manager",
    /// "committee") someone else; any other word nobody. For a subject read just before its verb ("my manager decided").
    /// </summary>
    public static Actor OfWord(string word) =>
        CandidateWords.Contains(word) ? Actor.Candidate
        : GroupWords.Contains(word) ? Actor.Group
        : OtherPronouns.Contains(word) || OtherPeople.Contains(word) ? Actor.Others
        : Actor.Unnamed;

    /// <summary>Who acts in sentence <paramref name="sentence"/> of <paramref name="analysis"/>.</summary>
    public static Actor Of(AnswerAnalysis analysis, int sentence)
    {
        var tokens = analysis.TokensOf(analysis.Sentences[sentence]);
        var group = false;
        var others = false;
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = analysis.WordOf(tokens[t]).ToString();
            if (CandidateWords.Contains(word))
            {
                return Actor.Candidate;
            }

            group |= GroupWords.Contains(word);
            others |= OtherPronouns.Contains(word)
                || (t + 1 < tokens.Length && word.ToLowerInvariant() is "my" or "the" or "our" or "his" or "her" && OtherPeople.Contains(analysis.WordOf(tokens[t + 1]).ToString()));
        }

        return group ? Actor.Group : others ? Actor.Others : Actor.Unnamed;
    }
}
