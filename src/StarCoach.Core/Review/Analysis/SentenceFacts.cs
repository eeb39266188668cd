namespace StarCoach.Core.Review.Analysis;

/// <summary>What one sentence says about the story, read once and shared by every rule.</summary>
/// <param name="ISubjects">"I" (and I'd, I've, I'm, I'll) in the sentence.</param>
/// <param name="WeSubjects">"we" (and we'd, we've, we're, we'll) in the sentence.</param>
/// <param name="IActions">"I" followed by a past action verb ("I called the pharmacist").</param>
/// <param name="WeActions">"we" followed by a past action verb.</param>
/// <param name="ImplicitAction">The sentence opens with a past action verb and no subject ("Created a dashboard …").</param>
/// <param name="PastNarration">A first-person subject with a past verb of any kind: the sentence tells what happened.</param>
/// <param name="PastTense">Any finite past verb ("was", "rose", "improved"), whoever the subject; "can be improved" is not one.</param>
/// <param name="HypotheticalToken">Token of the subject of an "I would …" plan, or -1.</param>
/// <param name="MeasurableToken">Token of the first figure (number, %, money, "doubled", "from days to hours"), or -1.</param>
/// <param name="OpensWithTeamStep">The sentence opens with "we" and a past action ("We ran a pilot and rolled it out").</param>
internal readonly record struct SentenceFacts(
    int ISubjects,
    int WeSubjects,
    int IActions,
    int WeActions,
    bool ImplicitAction,
    bool PastNarration,
    bool PastTense,
    int HypotheticalToken,
    int MeasurableToken,
    int SituationCues,
    int TaskCues,
    int ResultCues,
    int ReflectionCues,
    bool OpensWithTeamStep = false)
{
    public bool IsHypothetical => HypotheticalToken >= 0;

    public bool IsMeasurable => MeasurableToken >= 0;

    public bool HasAction => IActions + WeActions > 0 || ImplicitAction;

    /// <summary>Told in the past of someone or something other than the candidate and their team: "She confirmed the
    /// debit at 4:20". "We ran a pilot and rolled it out" is one more step, not what came of the steps.</summary>
    public bool TellsWhatHappenedToOthers => PastTense && ISubjects == 0 && !OpensWithTeamStep && !ImplicitAction;
}
