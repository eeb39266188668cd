using System.Text.RegularExpressions;
using StarCoach.Core.Text;

namespace StarCoach.Core.Banks;

/// <summary>
/// The short name of a story, shown wherever a story is listed (schedule, practice, review, progress, match): the
/// title the candidate gave it, or one derived from what the story is about — the subject of its first Situation or
/// Task sentence, in at most <see cref="MaxWords"/> words, without the openings that set the scene rather than name it
/// ("At my last job,", "Just a few months ago,", "As the tech lead for X,", "I was tasked with"): "At my last job, we
/// were migrating billing to the new API before the old one was retired." gives "Migrating billing to the new API".
/// Two stories of one question never get the same derived title.
/// </summary>
public static partial class StoryTitle
{
    /// <summary>Most words in a derived title.</summary>
    public const int MaxWords = 8;

    /// <summary>Longest title a candidate may give a story.</summary>
    public const int MaxLength = 80;

    // Fewer words than this before a clause break make too thin a title ("Our team"); keep reading past the break.
    private const int MinWordsAtBreak = 3;

    // Sentences of the opening read for titles; later ones tell the story rather than name it.
    private const int MaxSentences = 3;

    // When a story has no usable sentence at all.
    private const int FallbackChars = 50;

    /// <summary>
    /// The openings stripped from the start of a sentence, in order, again and again until none applies. Each names
    /// what it removes; what is left starts with what the story is about.
    /// </summary>
    private static readonly Regex[] Openings =
    [
        Filler(),
        TimeOpening(),
        PlaceOpening(),
        RoleOpening(),
        DuringOpening(),
        WhileOpening(),
        ProjectOpening(),
        ChallengeOpening(),
        SubjectAndBe(),
        SubjectAndThought(),
        DecidedTo(),
    ];

    /// <summary>The title to show for <paramref name="answer"/>, one of the answers of <paramref name="question"/>.</summary>
    public static string Of(Question question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        if (Clean(answer.Title) is { } own)
        {
            return own;
        }

        // Earlier stories of the question keep their title; a later one with the same opening takes its next one.
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var other in question.Answers)
        {
            if (other.Id == answer.Id)
            {
                break;
            }

            taken.Add(Clean(other.Title) ?? Distinct(Candidates(other), taken, other));
        }

        return Distinct(Candidates(answer), taken, answer);
    }

    /// <summary>A title the candidate typed, trimmed and on one line; null when it is blank (use the derived one).</summary>
    public static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var line = Whitespace().Replace(title, " ").Trim();
        return line.Length <= MaxLength ? line : line[..MaxLength].TrimEnd();
    }

    /// <summary>
    /// The title to keep when the candidate types <paramref name="typed"/> for an answer of <paramref name="question"/>:
    /// null (derive it) when blank or just the derived title again, so a later edit of the story still renames it.
    /// </summary>
    public static string? Own(Question question, Answer answer, string? typed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var title = Clean(typed);
        return title is null || string.Equals(title, Of(question, answer with { Title = null }), StringComparison.Ordinal) ? null : title;
    }

    /// <summary>The title derived from the story itself, ignoring any title the candidate set and the other stories.</summary>
    public static string Derive(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Candidates(answer).FirstOrDefault() ?? Fallback(answer);
    }

    private static string Distinct(IEnumerable<string> candidates, HashSet<string> taken, Answer answer)
    {
        var list = candidates.ToList();
        var first = list.FirstOrDefault() ?? Fallback(answer);
        if (list.FirstOrDefault(c => !taken.Contains(c)) is { } free)
        {
            return free;
        }

        var labelled = answer.Label is { Length: > 0 } label ? $"{first} ({OneLine.Of(label, 20).ToLowerInvariant()})" : null;
        if (labelled is not null && !taken.Contains(labelled))
        {
            return labelled;
        }

        for (var n = 2; ; n++)
        {
            var numbered = FormattableString.Invariant($"{first} ({n})");
            if (!taken.Contains(numbered))
            {
                return numbered;
            }
        }
    }

    private static string Fallback(Answer answer)
    {
        var fallback = OneLine.Of(answer.Text, FallbackChars);
        return fallback.Length == 0 ? "Untitled story" : fallback;
    }

    /// <summary>Titles from the story's opening sentences, best first: its Situation and Task sections, then its text.</summary>
    private static IEnumerable<string> Candidates(Answer answer)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in OpeningTexts(answer))
        {
            foreach (var sentence in SentenceSplitter.Split(text).Take(MaxSentences))
            {
                if (FromSentence(sentence.In(text)) is { } title && seen.Add(title))
                {
                    yield return title;
                }
            }
        }
    }

    private static IEnumerable<string> OpeningTexts(Answer answer)
    {
        foreach (var section in answer.Sections)
        {
            if (SceneLabels().IsMatch(section.Label) && section.Text.Trim().Length > 0)
            {
                yield return section.Text;
            }
        }

        yield return answer.Text;
    }

    /// <summary>The title one sentence gives, or null when nothing is left once the scene-setting is stripped.</summary>
    internal static string? FromSentence(string sentence)
    {
        var text = Whitespace().Replace(sentence.Replace("\\n", " ", StringComparison.Ordinal), " ").Trim();
        text = LeadingLabel().Replace(text, string.Empty);
        text = Quotes().Replace(text, string.Empty);
        string previous;
        do
        {
            previous = text;
            foreach (var opening in Openings)
            {
                text = opening.Replace(text, string.Empty, 1);
            }
        }
        while (text != previous && text.Length > 0);

        var kept = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (kept.Count >= MaxWords || (kept.Count >= MinWordsAtBreak && ClauseStarters().IsMatch(word)))
            {
                break;
            }

            var bare = word.TrimEnd(',', ';', ':', '.', '!', '?', '—', '–', '"', '”');
            if (bare.Length == 0)
            {
                break;
            }

            kept.Add(bare);
            if (kept.Count >= MinWordsAtBreak && bare.Length < word.Length)
            {
                break;
            }
        }

        // A title does not end on "to", "the", "from", "across" or a dangling "(".
        while (kept.Count > 1 && (TextTerms.IsStopWord(kept[^1].ToLowerInvariant()) || LinkWords().IsMatch(kept[^1]) || kept[^1].Count(c => c == '(') > kept[^1].Count(c => c == ')')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        var title = string.Join(' ', kept).Trim().TrimStart('(', '-', '*', '–', '—').Trim();
        if (title.Length == 0 || !title.Any(char.IsLetter) || (kept.Count == 1 && TextTerms.IsStopWord(title.ToLowerInvariant())))
        {
            return null;
        }

        return char.ToUpperInvariant(title[0]) + title[1..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(situation|task|context|background|problem|challenge|opportunity)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SceneLabels();

    // "Situation:", "S:", "**Task** -" left at the start of unsectioned text.
    [GeneratedRegex(@"^\W*(situation|task|context|background|s|t)\W*\s*[:\-–—]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingLabel();

    // Quotation marks around a project's name: kept out of a title ("YouTube’s" keeps its apostrophe).
    [GeneratedRegex(@"[""“”‘]|’(?!\p{L})")]
    private static partial Regex Quotes();

    // "So,", "Well, basically".
    [GeneratedRegex(@"^(so|well|ok|okay|sure|basically|honestly|actually|yes|right|um|uh)\b[,\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    // When: "Just a few months ago,", "Early in my career,", "During my time at Google,", "In 2023,", "Last year,".
    [GeneratedRegex(
        @"^(just |about |around |some |over )?(a few|a couple of|several|one|two|three|four|five|\d+) (days|weeks|months|years|quarters) ago,?\s+|^(early|late|earlier|later) (in|on) my (career|time|tenure)[^,]{0,30},\s*|^during my (time|tenure|years|stint|internship|first [a-z]+)\b[^,]{0,40},\s*|^(in|back in|during|by) (early |late |mid-?)?(\d{4}|q[1-4]( \d{4})?|spring|summer|fall|autumn|winter)([^,]{0,20},\s*|\s+)|^(last|this|that|one) (year|quarter|month|summer|winter|spring|fall|autumn),?\s+|^(recently|previously|once|at the time),\s*",
        RegexOptions.IgnoreCase)]
    private static partial Regex TimeOpening();

    // Where: "At CBRE/Google,", "While at NetApp,", "At my last job,", "In my previous role at Acme,", "In our firm,".
    [GeneratedRegex(
        @"^(?i:(while|when) (i was |i worked |working )?)?(?i:at|with) [A-Z][\w/&.\-’']*( [A-Z][\w/&.\-’']*)*,?\s+|^(?i:(at|in|during) (my|our|a|the) (last|previous|former|current|old|first|new)?\s*(job|role|company|position|team|employer|internship|startup|workplace|firm|org|organi[sz]ation)( at [^,]+)?,\s*)|^(?i:when i (was|worked) at [^,]+,\s*)",
        RegexOptions.None)]
    private static partial Regex PlaceOpening();

    // Who I was: "As the tech lead for a critical model migration at NetApp,", "As an IC6-level engineer,".
    [GeneratedRegex(@"^as (a|an|the|someone|my team's|our team's)\b[^,]{0,80},\s*", RegexOptions.IgnoreCase)]
    private static partial Regex RoleOpening();

    // "During the design phase of X, we…": the phase is the subject; keep it, drop "during the".
    [GeneratedRegex(@"^during (the|a|an|our|my) (?!time\b|tenure\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DuringOpening();

    // "While optimizing the Kubeflow deployment, we…", "while working on X": keep what was being done.
    [GeneratedRegex(@"^(while|when) (i was |we were )?((working|focusing) on (the |a |an )?)?(?=\w+ing\b|[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex WhileOpening();

    // "I was overseeing a project to develop X", "took on a consulting project to help X", "the tech lead for a
    // project aimed at improving X", "working on the X project".
    [GeneratedRegex(
        @"^((i|we) ((was|were) )?)?((overseeing|leading|running|driving|owning|on|took on|led|ran|owned|joined|started|the tech lead for|the lead for|responsible for) )?((a|an|the) )?([\w-]+ ){0,2}(project|initiative|effort|engagement|program|programme) (to|aimed at|that aimed to|for|on|involving)\s+|^working on (the |a |an )?",
        RegexOptions.IgnoreCase)]
    private static partial Regex ProjectOpening();

    // "We faced a pressing business challenge: X" gives X; "we were facing a growing challenge with X" gives X.
    [GeneratedRegex(
        @"^((i|we|the team|our team) )?(were |was )?(faced|facing|had|encountered|hit|ran into) (a|an) ([\w-]+ ){0,3}(challenge|problem|issue|decision|dilemma)(\s*:\s*|\s+(with|of|in|around)\s+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex ChallengeOpening();

    // "We were migrating…" is about the migration; "I was tasked with", "our team was responsible for", "My task was
    // to", "I had to", "I led the team responsible for".
    [GeneratedRegex(
        @"^((i|we|my team|our team|the team)\s+(was|were|am|are|had been|have been)\s+((tasked|asked|hired|brought in|assigned)\s+(with|to)\s+|(responsible|accountable)\s+for\s+|in charge of\s+|charged with\s+)?|(i|we)\s+(had|needed|wanted)\s+to\s+|(i|we) (led|ran|managed|headed) (a|the) team (of [\w\s]{1,20} )?(responsible for|that|to|working on)\s+|(my|our|the)\s+(task|job|role|goal|responsibility|assignment|mission)\s+(was|were|is)\s+(to\s+|that\s+)?)",
        RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAndBe();

    // "I noticed (that)", "I understand that", "I realised".
    [GeneratedRegex(@"^(i|we) (noticed|understand|understood|realised|realized|believe|believed|think|thought|found|saw|knew|know|feel|felt)( that)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAndThought();

    // "The company decided to shift from X" is about the shift.
    [GeneratedRegex(@"^(the|our|my) (company|team|org|organi[sz]ation|management|leadership|manager|director|ceo|cto)\s+(decided|chose|wanted|asked us|needed) to\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedTo();

    // Words that open a second clause: the title stops before them.
    [GeneratedRegex(@"^(because|when|while|which|who|so|but|after|before|until|since|although|though|whereas|where|however|that)$", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseStarters();

    // Prepositions a title does not end on, beyond the stop words.
    [GeneratedRegex(@"^(across|against|along|around|behind|beyond|between|near|toward|towards|versus|vs|via|like|per)$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkWords();
}
