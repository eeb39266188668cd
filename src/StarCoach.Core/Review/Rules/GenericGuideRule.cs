using StarCoach.Core.Import.Outline;
using StarCoach.Core.Review.Analysis;

namespace StarCoach.Core.Review.Rules;

/// <summary>
/// <c>answer.generic-guide</c>: the text is advice on answering the question (a question site's guide, a
/// framework, tips), not the candidate's story. A sentence advises when it has no first-person subject and
/// speaks to "you" or opens the way advice does ("Interviewers ask this question to…", "Avoid …", "Tip:" —
/// <see cref="Voice.OpensLikeAdvice(string)"/>, the reading import uses to keep guidance out of answers). The text is a
/// guide when at least <see cref="MinAdvice"/> sentences advise and they outnumber the sentences told in the
/// first person; an example answer quoted inside a guide does not make it a story. A question site's model
/// solution to a question that asks for a story of one's own is a guide when under half of it is told as "I" or "we",
/// and so is text with a question site's headings ("Sample answer:", "Related questions", <c>Lexicon/site-marker.txt</c>)
/// when under half of its sentences tell what happened, and an unfilled template (two or more blanks such as
/// "[Company Name]", <see cref="Placeholders"/>).
/// </summary>
internal sealed class GenericGuideRule : ReviewRule
{
    /// <summary>One or two sentences to "you" are a figure of speech ("as you can imagine"); three are a guide.</summary>
    public const int MinAdvice = 3;

    /// <summary>Blanks left to fill in ("[Company Name]", "[X%]") from which the text is a template.</summary>
    public const int MinBlanks = 2;

    public override string Id => RuleIds.GenericGuide;

    public override string Name => "Advice, not your story";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override string Message => "A guide, not your story: the text gives advice on answering instead of telling what you did.";

    public override string Hint => "Replace it with one real situation of your own, told as “I”: what happened, what you did, what came of it.";

    // A question site's model solution is a guide too when it is kept as the candidate's answer; a follow-up
    // answer and a pitch are the candidate's own words by construction.
    public override bool AppliesTo(AnswerAnalysis analysis) =>
        !analysis.Subject.IsFollowUp && analysis.Kind != Banks.AnswerKind.Pitch && analysis.WordCount >= AnswerAnalysis.MinStoryWords;

    public override void Check(AnswerAnalysis analysis, FindingList findings)
    {
        var advice = 0;
        var ownVoice = 0;
        var told = 0;
        var first = -1;
        var marker = -1;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var sentence = analysis.Sentences[s];
            told += sentence.Facts.PastNarration ? 1 : 0;
            marker = marker < 0 && analysis.SentenceHas(s, Cue.SiteMarker) ? s : marker;
            if (sentence.Facts.ISubjects + sentence.Facts.WeSubjects > 0)
            {
                ownVoice++;
            }
            else if (Advises(analysis, sentence))
            {
                advice++;
                first = first < 0 ? s : first;
            }
        }

        // "Sample answer:", "Related questions": a question site's page, unless most of it tells what happened. An
        // unfilled template ("In my role as [Job Title] at [Company Name] …") is nobody's story yet.
        var sitePage = marker >= 0 && told * 2 < analysis.Sentences.Length;
        var template = Placeholders.Blanks(analysis.Text) >= MinBlanks;
        if ((advice >= MinAdvice && advice > ownVoice) || IsModelSolution(analysis, ownVoice) || sitePage || template)
        {
            findings.Add(this, analysis.Sentences[first >= 0 ? first : Math.Max(marker, 0)]);
        }
    }

    // A question site's solution to a question that asks for the candidate's own story, written mostly in no one's
    // voice ("Clarity + Autonomy: write clear goals …"), is its advice, however well it reads.
    private static bool IsModelSolution(AnswerAnalysis analysis, int ownVoice) =>
        analysis.Kind == Banks.AnswerKind.Solution
        && analysis.Subject.Question is { } question && PromptPhrases.AsksForStory(question)
        && ownVoice * 2 < analysis.Sentences.Length;

    private static bool Advises(AnswerAnalysis analysis, in Sentence sentence) =>
        analysis.HasWord(sentence, Cue.SecondPerson) || Voice.OpensLikeAdvice(analysis.Text.AsSpan(sentence.Start, sentence.End - sentence.Start))
        || IsNumberedStep(analysis, sentence);

    private static readonly HashSet<string> StepWords = new(
        ["first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "fifth", "next", "then", "finally", "lastly"],
        StringComparer.OrdinalIgnoreCase);

    // "First, be transparent", "And finally, log it": a numbered step told as an order to whoever reads it. The word
    // after the step word is a verb in its plain form: not a pronoun, article or name, and not a past form (the note
    // "Then rolled back the config" tells what happened).
    private static bool IsNumberedStep(AnswerAnalysis analysis, in Sentence sentence)
    {
        var tokens = analysis.TokensOf(sentence);
        var t = tokens.Length > 0 && analysis.WordOf(tokens[0]).Equals("and", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        if (t + 1 >= tokens.Length || !StepWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(analysis.WordOf(tokens[t])))
        {
            return false;
        }

        var verb = tokens[t + 1];
        var word = analysis.WordOf(verb);
        return char.IsLower(word[0]) && !verb.IsPastForm && !word.EndsWith("ing", StringComparison.Ordinal)
            && !verb.Has(Cue.Stopword | Cue.Determiner | Cue.FirstPersonSingular | Cue.FirstPersonPlural | Cue.BeVerb | Cue.NumberWord)
            || word.Equals("be", StringComparison.Ordinal);
    }
}
