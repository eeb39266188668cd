using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>The part of a STAR story a label introduces.</summary>
public enum StarRole
{
    /// <summary>Not a STAR label.</summary>
    None,

    /// <summary>Situation, context, background, problem.</summary>
    Situation,

    /// <summary>Task, goal, opportunity, analysis.</summary>
    Task,

    /// <summary>Action, approach.</summary>
    Action,

    /// <summary>Result, outcome, impact.</summary>
    Result,

    /// <summary>Learning, lessons, reflection, takeaways.</summary>
    Reflection,
}

/// <summary>
/// Recognises section labels at the start of a line: <c>Situation:</c>, <c>**Task:**</c>,
/// <c>Result –</c>, <c>Lessons learned:</c>, and the STAR role each one plays.
/// </summary>
internal static partial class StarLabels
{
    private static readonly Dictionary<string, StarRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["situation"] = StarRole.Situation,

        // The same parts in Spanish, Portuguese, French and German documents.
        ["situación"] = StarRole.Situation,
        ["situacion"] = StarRole.Situation,
        ["situação"] = StarRole.Situation,
        ["contexto"] = StarRole.Situation,
        ["tarea"] = StarRole.Task,
        ["tarefa"] = StarRole.Task,
        ["tâche"] = StarRole.Task,
        ["aufgabe"] = StarRole.Task,
        ["acción"] = StarRole.Action,
        ["accion"] = StarRole.Action,
        ["ação"] = StarRole.Action,
        ["handlung"] = StarRole.Action,
        ["maßnahme"] = StarRole.Action,
        ["resultado"] = StarRole.Result,
        ["résultat"] = StarRole.Result,
        ["resultat"] = StarRole.Result,
        ["ergebnis"] = StarRole.Result,
        ["aprendizaje"] = StarRole.Reflection,
        ["lección"] = StarRole.Reflection,
        ["context"] = StarRole.Situation,
        ["background"] = StarRole.Situation,
        ["problem"] = StarRole.Situation,
        ["challenge"] = StarRole.Situation,
        ["the situation"] = StarRole.Situation,
        ["task"] = StarRole.Task,
        ["tasks"] = StarRole.Task,
        ["the task"] = StarRole.Task,
        ["goal"] = StarRole.Task,
        ["goals"] = StarRole.Task,
        ["objective"] = StarRole.Task,
        ["opportunity"] = StarRole.Task,
        ["analysis"] = StarRole.Task,
        ["action"] = StarRole.Action,
        ["actions"] = StarRole.Action,
        ["actions taken"] = StarRole.Action,
        ["approach"] = StarRole.Action,
        ["what i did"] = StarRole.Action,
        ["result"] = StarRole.Result,
        ["results"] = StarRole.Result,
        ["outcome"] = StarRole.Result,
        ["outcomes"] = StarRole.Result,
        ["impact"] = StarRole.Result,
        ["the result"] = StarRole.Result,
        ["resolution"] = StarRole.Result,
        ["results achieved"] = StarRole.Result,
        ["learning"] = StarRole.Reflection,
        ["learnings"] = StarRole.Reflection,
        ["key learning"] = StarRole.Reflection,
        ["key learnings"] = StarRole.Reflection,
        ["lesson"] = StarRole.Reflection,
        ["lessons"] = StarRole.Reflection,
        ["lesson learned"] = StarRole.Reflection,
        ["lessons learned"] = StarRole.Reflection,
        ["lessons learnt"] = StarRole.Reflection,
        ["what i learned"] = StarRole.Reflection,
        ["what i learnt"] = StarRole.Reflection,
        ["learned"] = StarRole.Reflection,
        ["learnt"] = StarRole.Reflection,
        ["reflection"] = StarRole.Reflection,
        ["reflections"] = StarRole.Reflection,
        ["takeaway"] = StarRole.Reflection,
        ["takeaways"] = StarRole.Reflection,
        ["key takeaway"] = StarRole.Reflection,
        ["key takeaways"] = StarRole.Reflection,

        // "S - …", "T: …", "A – …", "R: …": initials, read as labels only inside a story (see TryFind).
        ["s"] = StarRole.Situation,
        ["t"] = StarRole.Task,
        ["a"] = StarRole.Action,
        ["r"] = StarRole.Result,
        ["l"] = StarRole.Reflection,
    };

    // Markup around the label ("**Situation:**", "__Task__:", "### Action", "⭐ Situation:", "//S", "> Task:") is
    // allowed; a bullet in front is not, because "• Challenge: …" is a point inside an answer, not a section.
    // "ACTION / What Went Wrong" is the Action label with the writer's own words after it.
    [GeneratedRegex(@"^\s{0,12}(?:>\s*){0,3}(?://+\s*)?(?:[\p{Cs}\p{So}\uFE0F\u200D]+\s*)?(?:\d{1,2}[.)]\s+)?(?:\#{1,6}\s+)?(?:\*\*|__|\*|_)?\s*(?<label>\p{L}[\p{L} ]{0,22}?(?:\s?[/&]\s?\p{L}[\p{L}' ]{0,30}?)?)(?:\s*[\p{Cs}\p{So}\uFE0F\u200D]+)?\s*(?<qualifier>\([^()\r\n]{0,60}\))?\s*(?:\*\*|__|\*|_)?\s*(?:(?<sep>[:：]|\s[-–—](?:\s|$)|\s?[–—]\s?)\s*(?:\*\*|__)?|(?<bare>[ \t]*(?=\r?\n|$)))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelRegex();

    // "MY RESPONSIBILITY (15 seconds):", "What I Would Do Differently:": a label of the writer's own, in capitals or
    // set in bold on a line of its own.
    [GeneratedRegex(@"^\s{0,12}(?:>\s*){0,3}(?:[\p{Cs}\p{So}\uFE0F\u200D]+\s*)?(?:\*\*|__)?\s*(?<label>\p{Lu}[\p{L}'’ /&-]{1,40}?)\s*(?<qualifier>\([^()\r\n]{0,40}\))?\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OtherLabelRegex();

    // "(15 seconds)", "(~45–60s)", "(2 min)": how long to spend on the part, not part of its name.
    [GeneratedRegex(@"^\(\s*~?\s*\d[\d\s.,–—-]*\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?)\b[^()]*\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimingRegex();

    // "(S) Our ward …", "(A) – I …": the initial in brackets, as some templates write it.
    [GeneratedRegex(@"^\s{0,12}\((?<label>[STARL])\)\s*(?:[:：\-–—]\s*)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BracketedInitialRegex();

    // The first word of every label, found the way the label regex skips what comes before a label.
    private static readonly HashSet<string> FirstWords = Roles.Keys.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static bool StartsWithLabelWord(ReadOnlySpan<char> head)
    {
        var i = 0;
        while (i < head.Length && !char.IsLetter(head[i]))
        {
            i++;
        }

        var start = i;
        while (i < head.Length && char.IsLetter(head[i]))
        {
            i++;
        }

        return i > start && FirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head[start..i]);
    }

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(":：-–—)");

    /// <summary>A label found at the start of a line.</summary>
    /// <param name="Label">The label as written, without markup or separator ("Situation", "Lessons learned").</param>
    /// <param name="Role">The STAR role it plays.</param>
    /// <param name="ContentStart">Index in the line where the section's own text begins.</param>
    public readonly record struct Found(string Label, StarRole Role, int ContentStart);

    /// <summary>The STAR role of a label word, or <see cref="StarRole.None"/>; "Action / What Went Wrong" is an Action.</summary>
    public static StarRole RoleOf(string label)
    {
        var trimmed = label.Trim();
        if (Roles.TryGetValue(trimmed, out var role))
        {
            return role;
        }

        var cut = trimmed.IndexOfAny(['/', '&']);
        return cut > 0 ? Roles.GetValueOrDefault(trimmed[..cut].Trim(), StarRole.None) : StarRole.None;
    }

    /// <summary>True for labels that open a story (Situation, Context, Background, S): seen again, a new answer starts.</summary>
    public static bool OpensStory(string label)
    {
        var word = label.Split(' ', '(')[0];
        return word == "S"
            || word.Equals("situation", StringComparison.OrdinalIgnoreCase)
            || word.Equals("context", StringComparison.OrdinalIgnoreCase)
            || word.Equals("background", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Finds a STAR label at the start of <paramref name="line"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="found">The label found.</param>
    /// <param name="previous">
    /// The role of the label before it in the same story, if any. Initials are labels only in sequence: "S – …"
    /// opens a story, but "A: …" is an answer (as in "Q: … A: …") unless a situation or task came before it.
    /// </param>
    public static bool TryFind(string line, out Found found, StarRole previous = StarRole.None)
    {
        found = default;
        var window = Math.Min(line.Length, 160);

        var bracketed = line.AsSpan(0, window).TrimStart().StartsWith('(') ? BracketedInitialRegex().Match(line, 0, window) : Match.Empty;
        if (bracketed.Success)
        {
            var initial = bracketed.Groups["label"].Value;
            found = new Found(initial, RoleOf(initial), bracketed.Index + bracketed.Length);
            return true;
        }

        // A label ends at a separator within its first words, or is a short line of its own, and starts with a label
        // word: most lines fail one of these without the regex.
        var firstLine = line.AsSpan();
        var newline = firstLine.IndexOfAny('\r', '\n');
        firstLine = newline >= 0 ? firstLine[..newline] : firstLine;
        var head = firstLine[..Math.Min(firstLine.Length, 90)];
        if ((head.IndexOfAny(Separators) < 0 && firstLine.TrimEnd().Length > 60) || !StartsWithLabelWord(head))
        {
            return false;
        }

        var match = LabelRegex().Match(line, 0, window);
        if (!match.Success)
        {
            return false;
        }

        var label = match.Groups["label"].Value.Trim();
        var role = RoleOf(label);
        if (role == StarRole.None || (label.Length == 1 && !IsInitialLabel(label[0], role, previous, match.Groups["bare"].Success)))
        {
            return false;
        }

        // "Situation (S):" is the Situation label; "Action (what I did):" keeps its qualifier; "(15 seconds)" is a timing.
        var qualifier = match.Groups["qualifier"];
        var written = qualifier.Success && !IsOwnInitial(qualifier.Value, label) && !TimingRegex().IsMatch(qualifier.Value) ? label + " " + qualifier.Value : label;
        var contentStart = match.Index + match.Length;

        // "S - Situation": the initial with its word after it is that word's label.
        if (label.Length == 1)
        {
            var rest = line.AsSpan(contentStart);
            var word = rest.TrimStart(" *_".AsSpan());
            var end = 0;
            while (end < word.Length && char.IsAsciiLetter(word[end]))
            {
                end++;
            }

            if (end > 1 && char.ToUpperInvariant(word[0]) == char.ToUpperInvariant(label[0]) && RoleOf(word[..end].ToString()) == role
                && word[end..].TrimStart(" *_:：".AsSpan()).Length == 0)
            {
                written = word[..end].ToString();
                contentStart = line.Length;
            }
        }

        found = new Found(written, role, contentStart);
        return true;
    }

    /// <summary>
    /// Finds a label that is not a STAR part ("MY RESPONSIBILITY (15 seconds):", "**What I Would Do Differently:**"):
    /// a few words in capitals, or a bold line that is nothing but the label (<paramref name="emphasized"/>).
    /// </summary>
    public static bool TryFindOther(string line, bool emphasized, out Found found)
    {
        found = default;
        var match = OtherLabelRegex().Match(line, 0, Math.Min(line.Length, 120));
        if (!match.Success)
        {
            return false;
        }

        var label = match.Groups["label"].Value.Trim();
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var capitals = label.Any(char.IsLetter) && !label.Any(char.IsLower);
        var alone = line[(match.Index + match.Length)..].Trim().Length == 0;
        if (words > 6 || (!capitals && !(emphasized && alone)) || (label.Length < 4 && !capitals))
        {
            return false;
        }

        found = new Found(label, RoleOf(label), match.Index + match.Length);
        return true;
    }

    // Initials are labels when they open a story (S) or continue one, in any order ("S, T, R, A" happens).
    private static bool IsInitialLabel(char initial, StarRole role, StarRole previous, bool bare) =>
        char.IsUpper(initial) && !bare && (role == StarRole.Situation || previous != StarRole.None);

    private static bool IsOwnInitial(string qualifier, string label) =>
        qualifier.Length == 3 && char.ToUpperInvariant(qualifier[1]) == char.ToUpperInvariant(label[0]);
}
