namespace StarCoach.Core.Review.Analysis;

/// <summary>
/// The kinds of words and phrases the review looks for. Each kind is one embedded word list,
/// <c>Review/Lexicon/&lt;kebab-case name&gt;.txt</c>; a phrase may belong to several kinds.
/// </summary>
[Flags]
internal enum Cue : ulong
{
    None = 0,
    Filler = 1UL << 0,
    Hedge = 1UL << 1,
    Cliche = 1UL << 2,
    WeakVerb = 1UL << 3,
    HabitAdverb = 1UL << 4,
    ReportingVerb = 1UL << 5,
    Reflection = 1UL << 6,
    Setback = 1UL << 7,
    ScopeOwnership = 1UL << 8,
    ScopeInfluence = 1UL << 9,
    ScopeAmbiguity = 1UL << 10,
    ScopeMultiplier = 1UL << 11,
    ScopeOrg = 1UL << 12,
    Situation = 1UL << 13,
    Task = 1UL << 14,
    Result = 1UL << 15,
    Confidentiality = 1UL << 16,
    CodeName = 1UL << 17,
    Participle = 1UL << 18,
    StativeParticiple = 1UL << 19,
    BeVerb = 1UL << 20,
    StateVerb = 1UL << 21,
    PastVerb = 1UL << 22,
    NumberWord = 1UL << 23,
    TimeUnit = 1UL << 24,
    FirstPersonSingular = 1UL << 25,
    FirstPersonPlural = 1UL << 26,
    Determiner = 1UL << 27,
    Adverb = 1UL << 28,
    SetbackTopic = 1UL << 29,
    Stopword = 1UL << 30,
    AskSituation = 1UL << 31,
    AskAction = 1UL << 32,
    AskResult = 1UL << 33,
    AskReflection = 1UL << 34,
    OutcomeVerb = 1UL << 35,
    Generality = 1UL << 36,
    Blame = 1UL << 37,
    Disowning = 1UL << 38,
    Admission = 1UL << 39,
    Vindication = 1UL << 40,
    SecondPerson = 1UL << 41,
    SiteMarker = 1UL << 42,
    Concession = 1UL << 43,
    VagueAction = 1UL << 44,
    ResultTime = 1UL << 45,
    Feeling = 1UL << 46,

    /// <summary>
    /// Word classes read from each token (<see cref="Token.Has"/>) rather than as phrases: their lists hold single
    /// words only, and they are left out of the phrase hits so that rules scanning hits skip them.
    /// </summary>
    TokenOnly = BeVerb | StateVerb | PastVerb | Participle | StativeParticiple | Determiner | Stopword | FirstPersonSingular
        | FirstPersonPlural | Adverb | HabitAdverb | ReportingVerb | NumberWord | TimeUnit | OutcomeVerb | SecondPerson,
}
