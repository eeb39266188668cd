using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>language.passive</c>: "be"/"get" + past participle (regular "-ed" or listed irregular) with no "by …"
/// naming the actor, so the listener cannot tell who did it. Participles that describe a state ("was
/// excited", "was based on") and passives whose subject is the candidate ("I was asked to") are not flagged.
/// In a story only the action and result parts are read: that is where a hidden actor hides the candidate's
/// part; setting the scene in the passive is normal. One passive is a turn of phrase; the rule fires from
/// <see cref="MinOccurrences"/>, when the telling leans on it.
/// </summary>
internal sealed class PassiveRule : ReviewRule
{
    public const int MaxFindings = 3;

    public const int MinOccurrences = 2;

    // How far after the participle a "by" still names the actor ("was approved last week by the board").
    private const int AgentWindow = 8;

    public override string Id => RuleIds.Passive;

    public override string Name => "Passive voice";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override string Message => "Passive voice hides who did it.";

    public override string Hint => "Name who acted, ideally you: “I rolled out the fix” rather than “the fix was rolled out”.";

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        // A labelled answer says where its action and result are, even when its "Action:" holds no action.
        var storyParts = analysis.IsStory && (analysis.Part(StarPart.Action).Present || analysis.IsLabelled);
        Span<(int Be, int Participle)> found = stackalloc (int, int)[MaxFindings];
        var count = 0;
        for (var s = 0; s < analysis.Sentences.Length && count < MaxFindings; s++)
        {
            if (storyParts && analysis.PartOf[s] is not (StarPart.Action or StarPart.Result))
            {
                continue;
            }

            var sentence = analysis.Sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken && count < MaxFindings; t++)
            {
                if (TryReadPassive(analysis, sentence, t, out var participle))
                {
                    found[count++] = (t, participle);
                    t = participle;
                }
            }
        }

        if (count < MinOccurrences)
        {
            return;
        }

        foreach (var (be, participle) in found[..count])
        {
            findings.AddTokens(this, be, participle - be + 1, $"Passive voice hides who did it: “{Words(analysis, be, participle)}”.");
        }
    }

    private static bool TryReadPassive(AnswerAnalysis analysis, in Sentence sentence, int be, out int participle)
    {
        participle = -1;
        var tokens = analysis.Tokens;
        if (!StartsPassive(analysis, sentence, be) || SubjectIsCandidate(tokens, sentence, be))
        {
            return false;
        }

        var k = be + 1;
        var skipped = 0;
        while (k < sentence.EndToken && skipped < 3 && (tokens[k].Has(Cue.Adverb | Cue.BeVerb) || tokens[k].Is(TokenShape.EndsInLy)))
        {
            k++;
            skipped++;
        }

        if (k >= sentence.EndToken)
        {
            return false;
        }

        // Hyphenated forms ("well-positioned", "data-driven") are adjectives, not passives.
        var word = tokens[k];
        var isParticiple = (word.Is(TokenShape.EndsInEd) || word.Has(Cue.Participle)) && !word.Has(Cue.StativeParticiple)
            && !word.Is(TokenShape.Capitalized) && analysis.WordOf(word).IndexOfAny('-', '\u2010', '\u2011') < 0;
        if (!isParticiple)
        {
            return false;
        }

        for (var a = k + 1; a < sentence.EndToken && a <= k + AgentWindow; a++)
        {
            if (analysis.IsWord(a, "by"))
            {
                return false;
            }
        }

        participle = k;
        return true;
    }

    // A finite "was"/"is"/"got", or "been" after "has"/"had": narration. "To be fixed", "could be improved" and
    // "being seen" are plans, needs and gerunds rather than a told event with its actor left out.
    private static bool StartsPassive(AnswerAnalysis analysis, in Sentence sentence, int be)
    {
        if (!analysis.Tokens[be].Has(Cue.BeVerb) || analysis.IsWord(be, "be") || analysis.IsWord(be, "being") || analysis.IsWord(be, "getting"))
        {
            return false;
        }

        if (!analysis.IsWord(be, "been"))
        {
            return true;
        }

        var before = be - 1;
        while (before > sentence.FirstToken && analysis.Tokens[before].Has(Cue.Adverb))
        {
            before--;
        }

        return before >= sentence.FirstToken
            && (analysis.IsWord(before, "has") || analysis.IsWord(before, "have") || analysis.IsWord(before, "had") || analysis.Tokens[before].Is(TokenShape.ContractedHave));
    }

    // "I was asked to …", "we were given …": the candidate is in view, nothing is hidden that matters.
    private static bool SubjectIsCandidate(ReadOnlySpan<Token> tokens, in Sentence sentence, int be)
    {
        for (var k = be - 1; k >= sentence.FirstToken && k >= be - 3; k--)
        {
            if (tokens[k].Is(TokenShape.PronounI | TokenShape.PronounWe))
            {
                return true;
            }

            if (!tokens[k].Has(Cue.Adverb) && !tokens[k].Is(TokenShape.EndsInLy))
            {
                return false;
            }
        }

        return false;
    }

    private static string Words(AnswerAnalysis analysis, int first, int last)
    {
        var start = analysis.Tokens[first].Start;
        return FindingList.Excerpt(analysis.Text, start, analysis.Tokens[last].End - start);
    }
}
