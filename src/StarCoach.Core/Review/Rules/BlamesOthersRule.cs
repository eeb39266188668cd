using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>ownership.blames-others</c>: the story lays the fault on other people ("their procurement team was
/// completely disorganised", "he was just being stubborn", "that's his problem") or disowns the outcome ("not my
/// fault", "isn't something I control"), and the candidate never owns a part of it ("I should have", "in
/// hindsight"). Blame is a phrase of <c>Lexicon/blame.txt</c> not said of the candidate ("I was stubborn" owns
/// it), or of <c>Lexicon/disowning.txt</c>; <see cref="MinBlame"/> of them make the story one that blames.
/// </summary>
internal sealed class BlamesOthersRule : ReviewRule
{
    /// <summary>One critical word about a colleague can be fair description; two make the story about their faults.</summary>
    public const int MinBlame = 2;

    public override string Id => RuleIds.BlamesOthers;

    public override string Name => "Blames others";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override string Message => "Blames others: the story is about what other people did wrong, not what you did about it.";

    public override string Hint => "Describe the problem neutrally, then tell what you did, what you could have done better, and what you changed.";

    public override bool AppliesTo(AnswerAnalysis analysis) => analysis.IsFullStory;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var blame = 0;
        CueHit? first = null;
        foreach (var hit in analysis.Hits)
        {
            // "There was nothing more I could have done" disowns; the "I could have" inside it owns nothing.
            if ((hit.Cues & Cue.Admission) != 0 && !InsideDisowning(analysis, hit) && !Grudging(analysis, hit))
            {
                return;
            }

            var blames = (hit.Cues & Cue.Disowning) != 0 || ((hit.Cues & Cue.Blame) != 0 && !SaidOfSelf(analysis, hit));
            if (blames)
            {
                blame++;
                first ??= hit;
            }
        }

        var firstSentence = first is { } at ? analysis.Tokens[at.FirstToken].Sentence : -1;
        var failings = 0;
        for (var t = 0; t + 1 < analysis.Tokens.Length; t++)
        {
            var habit = IsHabitOfOthers(analysis, t);
            var failing = !habit && IsFailingOfOthers(analysis, t);
            if (habit || (failing && ++failings == MinFailings))
            {
                blame++;
                firstSentence = firstSentence < 0 ? analysis.Tokens[t].Sentence : Math.Min(firstSentence, analysis.Tokens[t].Sentence);
            }
        }

        if (blame >= MinBlame && firstSentence >= 0)
        {
            findings.Add(this, analysis.Sentences[firstSentence]);
        }
    }

    /// <summary>What other people failed to do, told twice ("she didn't mention the dose change", "he hadn't updated
    /// the system"), lays the fault on them as much as one judging word.</summary>
    public const int MinFailings = 2;

    // "she didn't mention", "the doctor hadn't updated", "had taken the booking without telling the kitchen": a step
    // someone other than the candidate or their team did not take. "It didn't work" and "I hadn't checked" are not.
    private static bool IsFailingOfOthers(AnswerAnalysis analysis, int t)
    {
        var without = analysis.IsWord(t, "without");
        if (!without && !analysis.IsWord(t, "didn't") && !analysis.IsWord(t, "hadn't") && !analysis.IsWord(t, "never")
            && !analysis.IsWord(t, "failed") && !analysis.IsWord(t, "forgot") && !analysis.IsWord(t, "wouldn't")
            && !analysis.IsWord(t, "don't") && !analysis.IsWord(t, "doesn't"))
        {
            return false;
        }

        var sentence = analysis.Tokens[t].Sentence;
        var next = analysis.Tokens[t + 1];
        if (next.Sentence != sentence || (without && !analysis.WordOf(next).EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // The subject: the nearest word before, within the clause, that can be one.
        for (var k = t - 1; k >= Math.Max(0, t - 6) && analysis.Tokens[k].Sentence == sentence; k--)
        {
            var token = analysis.Tokens[k];
            if (token.Is(TokenShape.PronounI) || token.Is(TokenShape.PronounWe) || analysis.IsWord(k, "it") || analysis.IsWord(k, "this")
                || analysis.IsWord(k, "that") || analysis.IsWord(k, "there") || analysis.IsWord(k, "nothing"))
            {
                return false;
            }

            // "he hadn't", "Dean had taken it without telling", "the locum who handed over hadn't", "the surgery didn't".
            if (SentenceReader.IsThirdPersonSubject(analysis.Text, token) || token.Is(TokenShape.Capitalized)
                || analysis.IsWord(k, "nobody") || (k >= t - 2 && OpensNounPhrase(analysis, k, t)))
            {
                return true;
            }
        }

        return false;
    }

    // "the surgery didn't", "the late shift never": a determiner and one or two words before the negation, none of them
    // a word that carries no meaning.
    private static bool OpensNounPhrase(AnswerAnalysis analysis, int k, int negation)
    {
        if (k == 0 || !analysis.Tokens[k - 1].Has(Cue.Determiner))
        {
            return false;
        }

        for (var n = k; n < negation; n++)
        {
            if (analysis.Tokens[n].Has(Cue.Stopword))
            {
                return false;
            }
        }

        return true;
    }

    // "Dana kept closing tickets as solved", "he keeps missing the stand-up": someone else's repeated fault. "I kept
    // going" is the candidate's persistence and is not blame.
    // "Meetings kept being cancelled", "workers kept changing", "calls kept coming in": what kept happening, done by no one
    // ("kept getting my tickets wrong" is done by someone).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HappeningGerunds = new HashSet<string>(
        ["being", "changing", "happening", "coming", "growing", "rising", "falling", "increasing", "improving"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsHabitOfOthers(AnswerAnalysis analysis, int t)
    {
        if (!analysis.IsWord(t, "kept") && !analysis.IsWord(t, "keeps"))
        {
            return false;
        }

        var next = analysis.Tokens[t + 1];
        if (next.Sentence != analysis.Tokens[t].Sentence || !analysis.WordOf(next).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || HappeningGerunds.Contains(analysis.WordOf(next)))
        {
            return false;
        }

        for (var k = t - 1; k >= Math.Max(0, t - 3) && analysis.Tokens[k].Sentence == analysis.Tokens[t].Sentence; k--)
        {
            if (analysis.Tokens[k].Is(TokenShape.PronounI) || analysis.Tokens[k].Is(TokenShape.PronounWe))
            {
                return false;
            }
        }

        return true;
    }

    // "I was stubborn", "I'm careless with …", "I can be really blunt": the candidate's own fault, said of themselves.
    // "I felt the real failings were …" and "which I thought was a bit unfair" are the candidate judging others.
    private static bool InsideDisowning(AnswerAnalysis analysis, CueHit admission)
    {
        foreach (var hit in analysis.Hits)
        {
            if ((hit.Cues & Cue.Disowning) != 0 && hit.FirstToken <= admission.FirstToken && hit.EndToken >= admission.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    // "Technically I was the nurse in the room, so I suppose it counts as my mistake": an admission made only on paper.
    private static bool Grudging(AnswerAnalysis analysis, CueHit admission)
    {
        var sentence = analysis.Tokens[admission.FirstToken].Sentence;
        for (var t = admission.FirstToken - 1; t >= 0 && analysis.Tokens[t].Sentence == sentence; t--)
        {
            if (analysis.IsWord(t, "technically") || analysis.IsWord(t, "suppose") || analysis.IsWord(t, "supposedly"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SaidOfSelf(AnswerAnalysis analysis, CueHit hit)
    {
        var sentence = analysis.Tokens[hit.FirstToken].Sentence;
        for (var t = hit.FirstToken - 1; t >= Math.Max(0, hit.FirstToken - 4); t--)
        {
            var token = analysis.Tokens[t];
            if (token.Sentence != sentence)
            {
                break;
            }

            if (token.Is(TokenShape.PronounI))
            {
                return true;
            }

            if (!token.Has(Cue.BeVerb | Cue.Adverb) && !token.Is(TokenShape.EndsInLy) && !analysis.IsWord(t, "can")
                && !analysis.IsWord(t, "could") && !token.Is(TokenShape.ContractedBe))
            {
                return false;
            }
        }

        return false;
    }
}
