using StarCoach.Core.Practice.Recall;
using StarCoach.Core.Review.Analysis;
using StarCoach.Core.Text;
using StarCoach.Core.Text.Figures;

namespace StarCoach.Core.Practice.Probes;

/// <summary>
/// Probes grounded in the story's own content, the way an interviewer picks up what they heard: a figure told
/// differently from the prepared story, a choice the candidate (or their team) made between options and who made it,
/// an order of priority, a team that grew, a tool the candidate chose to use, and the impact figures that carry the
/// result (not durations, not counts that only name a thing). Each says back the candidate's own words in the second
/// person (<see cref="SecondPerson"/>), so only what the attempt told is asked about, and nothing someone else decided.
/// </summary>
internal sealed class StoryProbes : IProbeSource
{
    private const int MaxQuoted = 90;

    /// <summary>Words that make a people count a story of growth ("the team grew to 50").</summary>
    private static readonly HashSet<string> GrowthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "grew", "grow", "grown", "growing", "scaled", "expanded", "hired", "hiring", "doubled", "tripled", "built",
    };

    private static readonly HashSet<string> UsageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "using", "use", "used", "adopted", "built", "implemented", "migrated", "leveraged", "deployed", "introduced", "chose",
        "picked", "switched", "moved", "selected", "piloted", "rolled",
    };

    public IEnumerable<Probe> Propose(ProbeContext context)
    {
        var story = context.PreparedReading ?? StoryReading.Of(context.Prepared);
        var status = new Dictionary<(RecallKind, string), RecallItem>();
        foreach (var item in context.Recall.Items)
        {
            status.TryAdd((item.Kind, item.Prepared), item);
        }

        // Only what the attempt told was heard; facts recall did not compare count as not heard.
        bool Heard(RecallKind kind, string prepared) =>
            status.TryGetValue((kind, prepared), out var item) && item.Status != RecallStatus.Missed;

        var candidates = new List<(Probe Probe, bool Heard)>();
        foreach (var item in context.Recall.Items.Where(i => i.Kind == RecallKind.Figure && i.Status == RecallStatus.Changed))
        {
            candidates.Add((new Probe($"You said {item.Told}, but your prepared story says {item.Prepared} — which is right, and how was it measured?", ProbeOrigin.Story, item.Prepared), true));
        }

        foreach (var (decision, sentence) in story.Decisions)
        {
            // "I always bring data rather than opinions" is a habit, not a decision of this story.
            var owner = DecisionOwner(story, decision, sentence);
            if (owner is Actor.Others || story.Analysis.HasWord(story.Analysis.Sentences[sentence], Cue.HabitAdverb))
            {
                continue;
            }

            if (DecisionProbe(decision, owner, reasoned: !decision.IsPriority && GivesReason(story, decision, sentence)) is not { } text)
            {
                continue;
            }

            candidates.Add((new Probe(text, ProbeOrigin.Story, decision.Phrase), Heard(RecallKind.Decision, decision.Phrase)));
        }

        if (TeamProbe(story, Heard) is { } team)
        {
            candidates.Add(team);
        }

        foreach (var name in story.Names.Where(n => IsTool(story, n)).OrderByDescending(n => n.Mentions).ThenBy(n => n.Position))
        {
            candidates.Add((new Probe($"You mentioned {name.Text} — why that choice, and what trade-offs came with it?", ProbeOrigin.Story, name.Text), Heard(RecallKind.Name, name.Text)));
        }

        // The claims that carry the story: a measured result's impact figure, one per sentence, not how long something
        // took, nor a count that only names a thing ("4 West", "a 350-bed hospital").
        foreach (var group in story.Figures
            .Where(f => story.Sentences[f.Sentence].Weight == 3 && IsImpact(story, f.Figure, f.Sentence)
                && story.Analysis.PartOf[f.Sentence] is not (StarPart.Situation or StarPart.Task)
                && SentenceActors.Of(story.Analysis, f.Sentence) is not Actor.Others)
            .GroupBy(f => f.Sentence)
            .OrderBy(g => g.Min(f => ImpactRank(f.Figure.Kind))))
        {
            var figure = group.OrderBy(f => ImpactRank(f.Figure.Kind)).ThenBy(f => f.Figure.Start).First().Figure;
            var sentenceText = story.Sentences[group.Key].Text;
            var claim = Change(sentenceText, figure, group.Select(f => f.Figure));

            // A change told with its baseline ("from 54% to 70%", "compared with the month before") has been measured;
            // what an interviewer asks then is whether it came from what the candidate did.
            var text = claim.StartsWith("from ", StringComparison.Ordinal) || Baselines.Any(b => sentenceText.Contains(b, StringComparison.OrdinalIgnoreCase))
                ? $"You said {claim} — what else changed over that time, and how do you know the change came from what you did?"
                : $"You said {claim} — how did you measure that, and against what baseline?";
            // Recall compares a change by the figure it ends at ("93%" of "from 81% to 93%"): any of the claim's figures heard.
            candidates.Add((new Probe(text, ProbeOrigin.Story, story.Excerpt(group.Key)), group.Any(f => Heard(RecallKind.Figure, f.Figure.Text))));
        }

        // A probe says back what the candidate said ("You said 30%"), so only what this attempt told is asked about.
        return candidates.Where(c => c.Heard).Select(c => c.Probe);
    }

    // Words that tell a figure's baseline.
    private static readonly string[] Baselines = ["compared with", "compared to", "year over year", "year on year", "than the", " versus ", " vs "];

    // Words that give the reason for a choice in the same sentence ("…instead of a feature, because she wanted…") or
    // open the next one ("That way…"): a choice already explained is not asked why.
    private static readonly string[] ReasonsAfter = [" because ", " so that ", " so i could", " so we could", " so she could", " so he could", " so they could", " since ", " in order to ", " to avoid ", " to make sure ", " which meant ", " given that "];

    private static readonly string[] ReasonsNext = ["that way", "this meant", "because", "the reason", "my reasoning", "i did that because", "i did this because"];

    private static bool GivesReason(StoryReading story, StoryDecision decision, int sentence)
    {
        var text = " " + story.Sentences[sentence].Text.ToLowerInvariant().Replace('’', '\'') + " ";
        var from = Math.Min(decision.Start, text.Length - 1);
        if (ReasonsAfter.Any(r => text.IndexOf(r, from, StringComparison.Ordinal) >= 0))
        {
            return true;
        }

        return sentence + 1 < story.Sentences.Count
            && ReasonsNext.Any(r => story.Sentences[sentence + 1].Text.TrimStart().StartsWith(r, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the sentence tells of a team growing, so a people figure in it is a hiring story.</summary>
    private static bool TellsGrowth(string sentence) => WordTokenizer.Words(sentence).Any(GrowthWords.Contains);

    private static (Probe, bool)? TeamProbe(StoryReading story, Func<RecallKind, string, bool> heard)
    {
        foreach (var group in story.Figures.Where(f => f.Figure.Kind == FigureKind.People).GroupBy(f => f.Sentence))
        {
            var sentence = story.Sentences[group.Key].Text;
            var largest = group.OrderByDescending(f => f.Figure.High).First().Figure;
            if (TellsGrowth(sentence))
            {
                return (new Probe($"You said the team grew to {largest.Number} — how did you hire and onboard them?", ProbeOrigin.Story, largest.Text), heard(RecallKind.Figure, largest.Text));
            }

            if (sentence.Contains("team of", StringComparison.OrdinalIgnoreCase) || sentence.Contains(" led ", StringComparison.OrdinalIgnoreCase)
                || sentence.Contains("managed", StringComparison.OrdinalIgnoreCase))
            {
                return (new Probe($"You worked with {largest.Text} — how did you divide the work and keep everyone aligned?", ProbeOrigin.Story, largest.Text), heard(RecallKind.Figure, largest.Text));
            }
        }

        return null;
    }

    // A system, product or method the candidate or their team put to use: named right after a verb of choosing or
    // using ("we moved to Kafka", "I introduced SBAR handovers"). A capitalised word alone is not a choice: job titles,
    // units, wards and acronyms ("Assistant Principal", "ICU", "CNA") are where the story happens, not what was chosen.
    private static bool IsTool(StoryReading story, StoryName name)
    {
        if (name.IsEmployer)
        {
            return false;
        }

        var text = story.Analysis.Text;
        var before = text[Math.Max(0, name.Position - 30)..name.Position];
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.TakeLast(2).Select(w => w.Trim(',', '(', '"')).Any(UsageWords.Contains))
        {
            return false;
        }

        var sentence = SentenceAt(story, name.Position);
        return sentence >= 0 && SentenceActors.Of(story.Analysis, sentence) is Actor.Candidate or Actor.Group;
    }

    // The candidate's own words said back, then the question: why this and not the alternative they named, what made
    // one thing come before another, or what else they weighed. A clause that cannot be said back grammatically
    // ("on the licences we already had") is asked about through its alternative alone.
    // A choice whose reason the candidate already gave is asked what it cost instead: the trade-off is the judgement
    // an interviewer still wants to hear.
    private static string? DecisionProbe(StoryDecision decision, Actor owner, bool reasoned)
    {
        // Said back whole or not at all: a clause cut short ("…using the prospect's own ticket volumes from their…") is
        // not a question one can answer.
        var said = SecondPerson.Of(decision.Clause) is { Length: <= MaxQuoted } whole ? whole : null;
        var other = decision.Rejected is { Length: <= MaxQuoted } alternative ? SecondPerson.Pronouns(alternative) : null;
        // "…instead of griping about it", "rather than guessing what he needed": a contrast for effect, not an option
        // anyone weighed, so there is no "why that rather than" to ask.
        if ((decision.Rejected is not null && other is null) || (other is not null && !decision.IsPriority && IsRhetorical(other)))
        {
            return null;
        }

        var part = owner is Actor.Group ? "what was your own part in that call, and " : string.Empty;
        if (reasoned)
        {
            return said is null ? null : $"{said} — {part}what did that choice cost you, and how did you know it was worth it?";
        }

        return (said, other) switch
        {
            ({ } clause, { } rejected) when decision.IsPriority => $"{clause} ahead of {rejected} — {part}what told you that came first?",
            ({ } clause, { } rejected) => $"{clause} — {part}why that rather than {rejected}?",
            (null, { } rejected) when IsAction(rejected) => owner is Actor.Group ? $"What was your own part in ruling out {rejected}, and why was it ruled out?" : $"What made you rule out {rejected}?",
            ({ } clause, null) => $"{clause} — {part}what other options did you weigh, and why did you rule them out?",
            _ => null,
        };
    }

    private static readonly HashSet<string> RhetoricalAlternatives = new(
        ["griping", "complaining", "moaning", "whining", "guessing", "panicking", "ignoring", "assuming", "hoping", "pretending", "arguing", "blaming", "giving", "sitting", "waiting"],
        StringComparer.OrdinalIgnoreCase);

    // "giving up", "sitting on it", "waiting around", "doing nothing", "just hoping": doing nothing or reacting badly.
    private static bool IsRhetorical(string alternative)
    {
        var words = alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var first = words[0].ToLowerInvariant();
        var second = words.Length > 1 ? words[1].ToLowerInvariant().TrimEnd(',', '.') : string.Empty;
        return first switch
        {
            "giving" => second == "up",
            "sitting" => second is "on" or "back" or "around",
            "waiting" => second is "around" or "and" or "it",
            "doing" => second is "nothing",
            _ => RhetoricalAlternatives.Contains(first),
        };
    }

    // An alternative that is something one could have done ("relying on the gate system"), which a question can name alone.
    private static bool IsAction(string alternative)
    {
        var first = alternative.Split(' ', 2)[0];
        return first.Length > 4 && first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && alternative.Contains(' ', StringComparison.Ordinal);
    }

    // Who made a decision: the subject just before its verb ("my manager decided", "we chose"), else whoever acts in
    // its sentence; a note in an action part ("- chose to …") is the candidate's.
    private static Actor DecisionOwner(StoryReading story, StoryDecision decision, int sentence)
    {
        var text = story.Sentences[sentence].Text;
        var before = text[..Math.Min(decision.Start, text.Length)].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(4).Select(w => w.Trim(',', '(', '"').ToLowerInvariant()).ToList();
        for (var i = before.Count - 1; i >= 0; i--)
        {
            if (SentenceActors.OfWord(before[i]) is not Actor.Unnamed and var subject)
            {
                return subject;
            }
        }

        var actor = SentenceActors.Of(story.Analysis, sentence);
        return actor is Actor.Unnamed && story.Analysis.PartOf[sentence] is StarPart.Action ? Actor.Candidate
            : actor is Actor.Unnamed ? Actor.Others
            : actor;
    }

    private static int SentenceAt(StoryReading story, int position)
    {
        var sentences = story.Analysis.Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (position >= sentences[i].Start && position < sentences[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    // Percentages, multiples and money measure an outcome; a plain count does when the sentence tells a change
    // ("cut", "fell", "from … to") or a share ("131 of the 140 clinics").
    private static bool IsImpact(StoryReading story, Figure figure, int sentence)
    {
        if (figure.Kind is FigureKind.Percent or FigureKind.Multiple or FigureKind.Money)
        {
            return true;
        }

        // A count measures an outcome only where the outcome is told ("three STATs" in an action names a thing).
        if (figure.Kind != FigureKind.Count || story.Analysis.PartOf[sentence] != StarPart.Result)
        {
            return false;
        }

        var text = story.Sentences[sentence].Text;
        var after = figure.Start + figure.Text.Length;
        return story.Analysis.HasWord(story.Analysis.Sentences[sentence], Cue.OutcomeVerb)
            || (after < text.Length && text.AsSpan(after).TrimStart().StartsWith("of ", StringComparison.Ordinal))
            || text.Contains("from " + figure.Text, StringComparison.Ordinal);
    }

    // "from 54% to 70%" rather than "54%": the change is the claim. The sentence's next figure of the same kind
    // after " to " completes it.
    private static string Change(string sentence, Figure figure, IEnumerable<Figure> inSentence)
    {
        var after = figure.Start + figure.Text.Length;
        var next = inSentence.Where(f => f.Kind == figure.Kind && f.Start > figure.Start).OrderBy(f => f.Start).FirstOrDefault();
        if (next is not null && after <= next.Start && next.Start - after <= 20)
        {
            var between = sentence[after..next.Start];
            if (between.Contains(" to ", StringComparison.Ordinal) || between.TrimEnd().EndsWith(" to", StringComparison.Ordinal) || between.Contains(" of the ", StringComparison.Ordinal))
            {
                var from = sentence.AsSpan(0, figure.Start).TrimEnd().EndsWith(" from", StringComparison.Ordinal) ? "from " : string.Empty;
                return from + sentence[figure.Start..(next.Start + next.Text.Length)];
            }
        }

        return figure.Text;
    }

    private static int ImpactRank(FigureKind kind) => kind switch
    {
        FigureKind.Multiple => 0,
        FigureKind.Percent => 1,
        FigureKind.Money => 2,
        _ => 3,
    };
}
