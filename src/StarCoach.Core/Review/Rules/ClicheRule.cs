using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>language.cliche</c>: clichés and buzzwords from <c>Lexicon/cliche.txt</c>. A phrase the question itself
/// uses ("a time you thought outside the box") is the candidate answering it, not a cliché.
/// </summary>
internal sealed class ClicheRule : PhraseListRule
{
    public override string Id => RuleIds.Cliche;

    public override string Name => "Clichés";

    public override FindingSeverity Severity => FindingSeverity.Info;

    public override string Message => "Clichés tell the interviewer nothing specific.";

    public override string Hint => "Replace it with the concrete thing you did or its measurable effect.";

    protected override Cue Cue => Cue.Cliche;

    // The verb may differ from the question's ("thinking outside the box" for "thought outside the box").
    protected override bool Accepts(AnswerAnalysis analysis, CueHit hit)
    {
        if (analysis.Question is not { } question)
        {
            return true;
        }

        var words = analysis.Tokens.AsSpan(hit.FirstToken, hit.TokenCount);
        return !question.ContainsWords(analysis.Text, words) && !(words.Length >= 3 && question.ContainsWords(analysis.Text, words[1..]));
    }

    protected override string Describe(string phrase, int count) =>
        $"Cliché “{phrase}”{Times(count)}: it tells the interviewer nothing specific.";
}
