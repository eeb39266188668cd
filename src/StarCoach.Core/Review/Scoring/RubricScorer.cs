using System.Collections.Immutable;
using System.Globalization;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Review.Rules;

namespace StarCoach.Core.Review.Scoring;

/// <summary>
/// Scores the six rubric dimensions from the analysis and the findings, each with the evidence behind its level:
/// the rules that fired and the cues that were found. Deterministic: same analysis and findings, same scores.
/// </summary>
internal static class RubricScorer
{
    private const int MaxCuesShown = 4;

    // Findings that say a text is not one real story: they cost every dimension that reads the story.
    private static readonly string[] NotAStory = [RuleIds.Hypothetical, RuleIds.NoSpecificInstance, RuleIds.GenericGuide];

    public static ImmutableArray<RubricScore> Score(AnswerAnalysis analysis, IReadOnlyList<Finding> findings)
    {
        var fired = new Fired(findings);
        return
        [
            Structure(analysis, fired),
            Ownership(analysis, fired),
            Impact(analysis, fired),
            Scope(analysis, fired),
            Reflection(analysis, fired),
            Delivery(analysis, fired),
        ];
    }

    // Missing action, result or a hypothetical answer lose the story; a missing task or a lopsided story cost less.
    private static RubricScore Structure(AnswerAnalysis analysis, Fired fired)
    {
        var evidence = new List<string>();
        if (fired.Has(RuleIds.GenericGuide))
        {
            evidence.Add("a guide to answering, not a story of your own");
            evidence.AddRange(fired.Named(RuleIds.GenericGuide));
            return Make(RubricDimension.Structure, 1, evidence);
        }

        if (!analysis.IsStory || analysis.QuestionIsHypothetical)
        {
            evidence.Add(analysis.QuestionIsHypothetical ? "a plan for a hypothetical question: not scored by STAR parts" : $"{KindName(analysis)}: not scored by STAR parts");
            return Make(RubricDimension.Structure, 3, evidence);
        }

        foreach (var part in (ReadOnlySpan<StarPart>)[StarPart.Situation, StarPart.Task, StarPart.Action, StarPart.Result])
        {
            var presence = analysis.Part(part);
            evidence.Add(presence switch
            {
                { ByLabel: true } => $"{StarParts.Name(part)}: labelled “{presence.Label}”",
                { Present: true } => $"{StarParts.Name(part)}: found by content",
                _ => $"{StarParts.Name(part)}: missing",
            });
        }

        if (analysis.WordCount > 0)
        {
            evidence.Add($"actions: {Percent(ImbalanceRule.ActionWords(analysis), analysis.WordCount)} of the words");
        }

        // From presence rather than fired rules: a story too short for the star.* rules still lacks its parts.
        var points = (analysis.Part(StarPart.Action).Present ? 0 : 2) + (analysis.Part(StarPart.Result).Present ? 0 : 2)
            + (fired.HasAny(NotAStory) ? 2 : 0) + (analysis.Part(StarPart.Situation).Present ? 0 : 1)
            + (fired.Has(RuleIds.Imbalance) ? 1 : 0);
        var level = points switch
        {
            // A told story folds its task into the scene; only a labelled one is held to a task of its own.
            0 when analysis.Part(StarPart.Task).Present || !analysis.IsLabelled => 4,
            <= 1 => 3,
            2 => 2,
            _ => 1,
        };
        string[] rules = [RuleIds.SituationMissing, RuleIds.TaskMissing, RuleIds.ActionMissing, RuleIds.ResultMissing, RuleIds.Imbalance, .. NotAStory, RuleIds.TooShort];
        evidence.AddRange(fired.Named(rules));
        return Make(RubricDimension.Structure, level, evidence, fired, rules);
    }

    private static RubricScore Ownership(AnswerAnalysis analysis, Fired fired)
    {
        var evidence = new List<string>();
        var actionsOnly = analysis.IsStory && analysis.Part(StarPart.Action).Present;
        int i = 0, we = 0;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            if (!actionsOnly || analysis.PartOf[s] == StarPart.Action)
            {
                i += analysis.Sentences[s].Facts.ISubjects;
                we += analysis.Sentences[s].Facts.WeSubjects;
            }
        }

        evidence.Add(string.Create(CultureInfo.InvariantCulture, $"“I” {i}, “we” {we} {(actionsOnly ? "in the action part" : "in the answer")}"));
        var owning = Cues(analysis, Cue.ScopeOwnership);
        var weak = Cues(analysis, Cue.WeakVerb);
        AddCues(evidence, "ownership cues", owning);
        AddCues(evidence, "weak verbs", weak);
        string[] rules = [RuleIds.WeHeavy, RuleIds.BlamesOthers, .. NotAStory, RuleIds.ActionMissing, RuleIds.TooShort];
        evidence.AddRange(fired.Named(rules));

        int level;
        if ((analysis.IsStory && !analysis.Part(StarPart.Action).Present) || (fired.Has(RuleIds.WeHeavy) && i == 0) || fired.Has(RuleIds.GenericGuide))
        {
            level = 1;
        }
        else if (fired.Has(RuleIds.WeHeavy) || fired.Has(RuleIds.BlamesOthers) || fired.HasAny(NotAStory))
        {
            level = 2;
        }
        else if (i >= 3 && i >= 2 * we && owning.Count > 0 && weak.Count <= 1)
        {
            level = 4;
        }
        else
        {
            level = i > 0 ? 3 : 2;
        }

        return Make(RubricDimension.Ownership, level, evidence, fired, rules);
    }

    private static RubricScore Impact(AnswerAnalysis analysis, Fired fired)
    {
        var evidence = new List<string>();
        var figures = new List<string>();
        var resultOnly = analysis.IsStory && analysis.Part(StarPart.Result).Present;
        for (var s = 0; s < analysis.Sentences.Length; s++)
        {
            var facts = analysis.Sentences[s].Facts;
            if (facts.IsMeasurable && (!resultOnly || analysis.PartOf[s] is StarPart.Result or StarPart.Reflection))
            {
                figures.Add(FigureAt(analysis, facts.MeasurableToken));
            }
        }

        if (analysis.IsStory)
        {
            var result = analysis.Part(StarPart.Result);
            evidence.Add(result switch
            {
                { ByLabel: true } => $"result: labelled “{result.Label}”",
                { Present: true } => "result: found by content",
                _ => "result: missing",
            });
        }

        AddCues(evidence, "figures", figures);
        string[] rules = [RuleIds.ResultMissing, RuleIds.ResultUnquantified, .. NotAStory, RuleIds.TooShort];
        evidence.AddRange(fired.Named(rules));
        var level = (analysis.IsStory && !analysis.QuestionIsHypothetical && !analysis.Part(StarPart.Result).Present) || fired.Has(RuleIds.Hypothetical) ? 1
            : fired.HasAny(NotAStory) ? 2
            : figures.Count >= 2 ? 4
            : figures.Count == 1 ? 3
            : 2;
        return Make(RubricDimension.Impact, level, evidence, fired, rules);
    }

    private static RubricScore Scope(AnswerAnalysis analysis, Fired fired)
    {
        var signals = ScopeSignals.Of(analysis);
        var evidence = new List<string> { $"target level: {TargetLevels.Name(analysis.Level)}" };
        AddCues(evidence, "ownership", Cues(analysis, Cue.ScopeOwnership));
        AddCues(evidence, "influence", Cues(analysis, Cue.ScopeInfluence));
        AddCues(evidence, "ambiguity", Cues(analysis, Cue.ScopeAmbiguity));
        AddCues(evidence, "multiplying others", Cues(analysis, Cue.ScopeMultiplier));
        AddCues(evidence, "organisation", Cues(analysis, Cue.ScopeOrg));
        string[] rules = [RuleIds.ScopeBelowLevel, .. NotAStory, RuleIds.TooShort];
        evidence.AddRange(fired.Named(rules));
        // Scope is read from cue phrases, so finding none is an absence of evidence, not evidence of a small story: it
        // is Borderline, never Poor (grade-4 senior stories told in plain words were rated Poor).
        var level = signals.Exceeds(analysis.Level) ? 4
            : signals.Meets(analysis.Level) ? 3
            : 2;
        return Make(RubricDimension.Scope, level, evidence, fired, rules);
    }

    private static RubricScore Reflection(AnswerAnalysis analysis, Fired fired)
    {
        var evidence = new List<string>();
        var setback = analysis.IsStory && ReflectionMissingRule.IsSetbackStory(analysis);
        evidence.Add(setback ? "failure or conflict story: a lesson is expected" : "not a failure or conflict story");
        var presence = analysis.Part(StarPart.Reflection);
        if (presence.ByLabel)
        {
            evidence.Add($"reflection: labelled “{presence.Label}”");
        }

        var cues = Cues(analysis, Cue.Reflection);
        AddCues(evidence, "reflection cues", cues);
        string[] rules = [RuleIds.ReflectionMissing, RuleIds.ProvedRight];
        evidence.AddRange(fired.Named(rules));
        var level = fired.HasAny(rules) ? 1
            : cues.Count >= 2 || (presence.ByLabel && cues.Count >= 1) ? 4
            : presence.Present ? 3
            : 2;
        return Make(RubricDimension.Reflection, level, evidence, fired, rules);
    }

    // Length costs 3 points (an answer over or under its budget is Borderline however clean), paste artifacts 1 per
    // kind found (up to 3: a page of forum chrome and mojibake is Poor), every other delivery rule 1; 0 points is
    // Outstanding, 1–2 Solid, 3–4 Borderline, 5 or more Poor.
    private static RubricScore Delivery(AnswerAnalysis analysis, Fired fired)
    {
        var budget = LevelCalibration.Budget(analysis.Kind, analysis.Level, analysis.Subject.IsFollowUp);
        var evidence = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{analysis.WordCount} words, about {LevelCalibration.SpeakingSeconds(analysis.WordCount)} s spoken; budget {budget.Target} ({budget.MinWords}–{budget.MaxWords} words)"),
        };
        string[] rules = [RuleIds.TooShort, RuleIds.TooLong, RuleIds.Artifact, RuleIds.Repeated, RuleIds.Filler, RuleIds.Hedge, RuleIds.Cliche, RuleIds.Passive, RuleIds.ConfidentialityRisk];
        evidence.AddRange(fired.Named(rules));
        var points = 0;
        foreach (var rule in rules)
        {
            points += !fired.Has(rule) ? 0
                : rule.StartsWith("length.", StringComparison.Ordinal) ? 3
                : rule == RuleIds.Artifact ? Math.Min(3, fired.Count(rule))
                : 1;
        }

        var level = points switch
        {
            0 => 4,
            <= 2 => 3,
            <= 4 => 2,
            _ => 1,
        };
        return Make(RubricDimension.Delivery, level, evidence, fired, rules);
    }

    // A dimension is rated Borderline or Poor only when one of the findings that explain it fired, so the list of
    // fixes always says why; without one it is Solid.
    private static RubricScore Make(RubricDimension dimension, int level, List<string> evidence, Fired fired, string[] explainedBy)
    {
        level = level <= 2 && !fired.HasAny(explainedBy) ? 3 : level;
        return new(dimension, level, RubricWeights.Label(level), [.. evidence]);
    }

    private static RubricScore Make(RubricDimension dimension, int level, List<string> evidence) =>
        new(dimension, level, RubricWeights.Label(level), [.. evidence]);

    // The distinct phrases of a cue kind, in order of first use.
    private static List<string> Cues(AnswerAnalysis analysis, Cue cue)
    {
        var phrases = new List<string>();
        foreach (var hit in analysis.Hits)
        {
            if ((hit.Cues & cue) == 0)
            {
                continue;
            }

            var start = analysis.Tokens[hit.FirstToken].Start;
            var written = analysis.Text.AsSpan(start, analysis.Tokens[hit.EndToken - 1].End - start);
            if (!Contains(phrases, written))
            {
                phrases.Add(written.ToString().ToLowerInvariant());
            }
        }

        return phrases;
    }

    private static bool Contains(List<string> phrases, ReadOnlySpan<char> phrase)
    {
        foreach (var known in phrases)
        {
            if (phrase.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddCues(List<string> evidence, string what, List<string> cues)
    {
        if (cues.Count == 0)
        {
            return;
        }

        var shown = string.Join(", ", cues.Take(MaxCuesShown).Select(c => $"“{c}”"));
        var more = cues.Count > MaxCuesShown ? string.Create(CultureInfo.InvariantCulture, $" and {cues.Count - MaxCuesShown} more") : string.Empty;
        evidence.Add($"{what}: {shown}{more}");
    }

    // The figure with its unit: "30%", "$2M", "3x", "2 weeks".
    private static string FigureAt(AnswerAnalysis analysis, int token)
    {
        var tokens = analysis.Tokens;
        var start = tokens[token].Start;
        if (start > 0 && analysis.Text[start - 1] is '$' or '€' or '£')
        {
            start--;
        }

        var end = tokens[token].End;
        if (end < analysis.Text.Length && analysis.Text[end] == '%')
        {
            end++;
        }
        else if (token + 1 < tokens.Length && tokens[token + 1].Sentence == tokens[token].Sentence && tokens[token + 1].Start - end <= 1)
        {
            end = tokens[token + 1].End;
        }

        return FindingList.Excerpt(analysis.Text, start, end - start);
    }

    private static string Percent(int part, int whole) =>
        ((int)Math.Round(part * 100.0 / whole, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";

    private static string KindName(AnswerAnalysis analysis) =>
        analysis.Subject.IsFollowUp ? "follow-up answer" : analysis.Kind.ToString().ToLowerInvariant();

    private sealed class Fired(IReadOnlyList<Finding> findings)
    {
        private readonly Dictionary<string, int> _counts = findings.GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        public bool Has(string rule) => _counts.ContainsKey(rule);

        public int Count(string rule) => _counts.GetValueOrDefault(rule);

        public bool HasAny(string[] rules)
        {
            foreach (var rule in rules)
            {
                if (_counts.ContainsKey(rule))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"fired: rule" lines for those of <paramref name="rules"/> that fired, in the given order.</summary>
        public IEnumerable<string> Named(params string[] rules)
        {
            foreach (var rule in rules)
            {
                if (_counts.TryGetValue(rule, out var count))
                {
                    yield return ReviewWords.Fired(rule, count);
                }
            }
        }
    }
}
