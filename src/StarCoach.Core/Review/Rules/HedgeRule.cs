using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>language.hedge</c>: hedges from <c>Lexicon/hedge.txt</c> ("I think", "maybe", "probably", "sort of").
/// "I think" is not a hedge before about/of/through/back ("I think about the patient first"), and "sort of"
/// only when it qualifies a verb or adjective.
/// </summary>
internal sealed class HedgeRule : PhraseListRule
{
    public override string Id => RuleIds.Hedge;

    public override string Name => "Hedging";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override string Message => "Hedging: it undercuts your own claim.";

    public override string Hint => "State it plainly (“I cut wait times by 20%”), or give the figure you are sure of.";

    protected override Cue Cue => Cue.Hedge;

    protected override bool Accepts(AnswerAnalysis analysis, CueHit hit)
    {
        if (hit.TokenCount == 2 && analysis.IsWord(hit.FirstToken, "i") && analysis.IsWord(hit.FirstToken + 1, "think"))
        {
            var next = hit.EndToken;
            return next >= analysis.Tokens.Length
                || analysis.Tokens[next].Sentence != analysis.Tokens[hit.FirstToken].Sentence
                || !(analysis.IsWord(next, "about") || analysis.IsWord(next, "of") || analysis.IsWord(next, "through") || analysis.IsWord(next, "back"));
        }

        if (hit.TokenCount == 2 && analysis.IsWord(hit.FirstToken, "sort"))
        {
            return QualifiesRatherThanNames(analysis, hit);
        }

        return true;
    }

    protected override string Describe(string phrase, int count) =>
        $"Hedge “{phrase}”{Times(count)}: it undercuts your own claim.";
}
