using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// Shared check of the rules that flag phrases from a word list (fillers, hedges, clichés): one finding per
/// distinct phrase at its first use, with how often it occurs and where (<see cref="Finding.Also"/>), and at most <see cref="MaxFindings"/> phrases,
/// so that a chatty answer gets a short list rather than a wall of highlights.
/// </summary>
internal abstract class PhraseListRule : ReviewRule
{
    public const int MaxFindings = 5;

    protected abstract Cue Cue { get; }

    /// <summary>False when this use of the phrase is not what the rule is about ("this kind of problem").</summary>
    protected virtual bool Accepts(AnswerAnalysis analysis, CueHit hit) => true;

    /// <summary>The message for a phrase (as first written) used <paramref name="count"/> times.</summary>
    protected abstract string Describe(string phrase, int count);

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var groups = new List<(string Key, CueHit First, int Count, List<CueHit>? Again)>();
        var cue = Cue;
        foreach (var hit in analysis.Hits)
        {
            if ((hit.Cues & cue) == 0 || !Accepts(analysis, hit))
            {
                continue;
            }

            var key = KeyOf(analysis, hit);
            var index = IndexOf(groups, key);
            if (index >= 0)
            {
                var again = groups[index].Again ?? [];
                again.Add(hit);
                groups[index] = groups[index] with { Count = groups[index].Count + 1, Again = again };
            }
            else
            {
                groups.Add((key, hit, 1, null));
            }
        }

        foreach (var (_, first, count, again) in groups.Take(MaxFindings))
        {
            var start = analysis.Tokens[first.FirstToken].Start;
            var written = FindingList.Excerpt(analysis.Text, start, analysis.Tokens[first.EndToken - 1].End - start);
            findings.AddTokens(this, first.FirstToken, first.TokenCount, Describe(written, count), again?.Select(h => (h.FirstToken, h.TokenCount)));
        }
    }

    // A loop, not FindIndex with a lambda: a closure over the phrase would be allocated for every hit read.
    private static int IndexOf(List<(string Key, CueHit First, int Count, List<CueHit>? Again)> groups, string key)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            if (groups[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    protected static string Times(int count) =>
        count == 1 ? string.Empty : " (" + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "×)";

    /// <summary>The phrase as a key: its words in lower case, curly apostrophes made straight.</summary>
    private static string KeyOf(AnswerAnalysis analysis, CueHit hit)
    {
        var words = new string[hit.TokenCount];
        for (var k = 0; k < hit.TokenCount; k++)
        {
            words[k] = analysis.WordOf(analysis.Tokens[hit.FirstToken + k]).ToString().ToLowerInvariant().Replace('’', '\'');
        }

        return string.Join(' ', words);
    }

    /// <summary>The first non-space character before the hit, or '\0' at the start of the text.</summary>
    protected static char CharBefore(AnswerAnalysis analysis, CueHit hit)
    {
        for (var i = analysis.Tokens[hit.FirstToken].Start - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(analysis.Text[i]))
            {
                return analysis.Text[i];
            }
        }

        return '\0';
    }

    /// <summary>The first non-space character after the hit, or '\0' at the end of the text.</summary>
    protected static char CharAfter(AnswerAnalysis analysis, CueHit hit)
    {
        for (var i = analysis.Tokens[hit.EndToken - 1].End; i < analysis.Text.Length; i++)
        {
            if (!char.IsWhiteSpace(analysis.Text[i]))
            {
                return analysis.Text[i];
            }
        }

        return '\0';
    }

    /// <summary>
    /// True when "kind of" / "sort of" qualifies a verb or adjective ("it was kind of slow"), which is a filler or
    /// a hedge, rather than naming a kind ("this kind of problem"): the word before is a verb, pronoun or adverb.
    /// </summary>
    protected static bool QualifiesRatherThanNames(AnswerAnalysis analysis, CueHit hit)
    {
        var first = analysis.Tokens[hit.FirstToken];
        if (first.Is(TokenShape.SentenceStart))
        {
            return true;
        }

        var before = analysis.Tokens[hit.FirstToken - 1];
        if (before.Sentence != first.Sentence || before.Has(Cue.Determiner))
        {
            return false;
        }

        return before.Has(Cue.BeVerb | Cue.StateVerb | Cue.Adverb) || before.Is(TokenShape.PronounI | TokenShape.PronounWe | TokenShape.EndsInLy)
            || analysis.IsWord(hit.FirstToken - 1, "it") || analysis.IsWord(hit.FirstToken - 1, "they")
            || analysis.IsWord(hit.FirstToken - 1, "he") || analysis.IsWord(hit.FirstToken - 1, "she")
            || analysis.IsWord(hit.FirstToken - 1, "you") || analysis.IsWord(hit.FirstToken - 1, "really");
    }
}
