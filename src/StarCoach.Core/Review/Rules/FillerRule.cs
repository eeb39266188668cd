using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>language.filler</c>: fillers from <c>Lexicon/filler.txt</c>. Words that are fillers only in some uses are
/// guarded: "like" only as ", like,"; "you know", "you see" and "I mean" only set off by a comma or opening the
/// sentence; "kind of" only when it qualifies a verb or adjective ("it was kind of slow").
/// </summary>
internal sealed class FillerRule : PhraseListRule
{
    public override string Id => RuleIds.Filler;

    public override string Name => "Filler words";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override string Message => "Filler words: they sound unsure and eat time.";

    public override string Hint => "Cut it: a short pause sounds more confident than a filler.";

    protected override Cue Cue => Cue.Filler;

    protected override bool Accepts(AnswerAnalysis analysis, CueHit hit)
    {
        var first = analysis.Tokens[hit.FirstToken];
        if (hit.TokenCount == 1 && analysis.IsWord(hit.FirstToken, "like"))
        {
            return CharBefore(analysis, hit) == ',' && CharAfter(analysis, hit) == ',';
        }

        if (hit.TokenCount == 2 && (analysis.IsWord(hit.FirstToken, "you") || analysis.IsWord(hit.FirstToken, "i")))
        {
            var setOff = first.Is(TokenShape.SentenceStart) || CharBefore(analysis, hit) is ',' or '—' or '–';
            return setOff || (CharAfter(analysis, hit) == ',' && !analysis.IsWord(hit.FirstToken, "i"));
        }

        if (hit.TokenCount == 2 && analysis.IsWord(hit.FirstToken, "kind"))
        {
            return QualifiesRatherThanNames(analysis, hit);
        }

        return true;
    }

    protected override string Describe(string phrase, int count) =>
        $"Filler “{phrase}”{Times(count)}: it sounds unsure and eats time.";
}
