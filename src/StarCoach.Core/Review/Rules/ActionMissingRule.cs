using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>star.action-missing</c>: no sentence tells something the candidate did (plans told with "would" do not count), or
/// the actions are told only in words that fit any problem: "I looked into it and dealt with it, working with the
/// relevant teams to get things moving" (a coach hears no step in it).
/// </summary>
internal sealed class ActionMissingRule : StarPartMissingRule
{
    public override string Id => RuleIds.ActionMissing;

    public override string Name => "No actions of yours";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "No actions: the answer does not say what you did.";

    public override string Hint => "Tell the steps you took yourself, in the past tense: “I called …, I rebuilt …, I convinced …”.";

    protected override StarPart Part => StarPart.Action;

    /// <summary>Most words of an action sentence, beyond its vague phrases and grammar words, that still show no step.</summary>
    private const int MaxSpecificWords = 3;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        base.Check(analysis, findings);
        if (analysis.Part(StarPart.Action).Present && VagueActions(analysis) is { } vague)
        {
            findings.Add(this, analysis.Sentences[vague.Sentence], $"The actions are too vague to picture: “{vague.Phrase}” does not say what you did.");
        }
    }

    // The first vague phrase when every action sentence is told in such phrases; null when any sentence shows a step.
    private static (int Sentence, string Phrase)? VagueActions(AnswerAnalysis analysis)
    {
        (int Sentence, string Phrase)? first = null;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            if (analysis.PartOf[s] != StarPart.Action || !sentence.Facts.HasAction)
            {
                continue;
            }

            if (!analysis.SentenceHas(s, Cue.VagueAction) || sentence.Facts.IsMeasurable)
            {
                return null;
            }

            // The sentence's words outside its vague phrases, grammar words aside, and the first such phrase. Hits come in
            // the order of their first word; one that starts inside a phrase already counted is part of it.
            CueHit? phrase = null;
            var inPhrases = 0;
            var coveredUntil = sentence.FirstToken;
            foreach (var hit in analysis.Hits)
            {
                if ((hit.Cues & Cue.VagueAction) != 0 && analysis.Tokens[hit.FirstToken].Sentence == s && hit.FirstToken >= coveredUntil)
                {
                    phrase ??= hit;
                    inPhrases += ContentWords(analysis.Tokens.AsSpan(hit.FirstToken, hit.TokenCount));
                    coveredUntil = hit.EndToken;
                }
            }

            if (ContentWords(analysis.TokensOf(sentence)) - inPhrases > MaxSpecificWords || phrase is not { } found)
            {
                return null;
            }

            first ??= (s, analysis.Text[analysis.Tokens[found.FirstToken].Start..analysis.Tokens[found.EndToken - 1].End]);
        }

        return first;
    }

    private const Cue GrammarWords = Cue.Stopword | Cue.Determiner | Cue.FirstPersonSingular | Cue.FirstPersonPlural | Cue.BeVerb;

    private static int ContentWords(ReadOnlySpan<Token> tokens)
    {
        var count = 0;
        foreach (var token in tokens)
        {
            count += token.Has(GrammarWords) ? 0 : 1;
        }

        return count;
    }

    // Right after the scene, where the actions should start.
    protected override int WhereItBelongs(AnswerAnalysis analysis)
    {
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (analysis.PartOf[s] > StarPart.Task)
            {
                return s;
            }
        }

        return Math.Min(1, analysis.Sentences.Length - 1);
    }
}
