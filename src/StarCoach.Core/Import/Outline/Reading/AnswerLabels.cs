using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Labels that introduce an answer: <c>A:</c>, <c>A.</c>, <c>Answer:</c>, <c>My answer:</c>, <c>Sample answer</c>,
/// <c>Example answer:</c>, <c>Example: “…”</c>, <c>For example:</c>, and in a dialogue <c>Me:</c>. The label is kept
/// as the answer's label; a label with nothing after it (an empty <c>A.</c>) is a placeholder, not an answer.
/// Also the marks of a weak and a strong example ("❌ Bad answer:", "✅ Good answer:").
/// </summary>
internal static partial class AnswerLabels
{
    [GeneratedRegex(@"^\s*(?:[-*•]\s+)?(?:[\p{So}\p{Cs}\uFE0F\u200D]+\s*)?(?<label>(?:(?:my|your|sample|example|model|suggested|possible|strong|good|great|better|best|weak|bad|poor|worse|okay|ok|average|mediocre|improved|revised|final|short|long|full)\s+)*(?:answer|response|reply|respuesta|resposta|réponse|antwort|risposta)(?:\s+(?:mala|malo|buena|bueno|débil|fuerte|correcta|incorrecta|schlecht|gut|mauvaise|bonne))?(?:\s+\d{1,2})?(?:\s*\([^()\n]{1,40}\))?|a(?:\d{1,2})?|me|candidate|you|for\s+example|for\s+instance|example(?:\s+\d{1,2})?|sample)\s*(?<sep>[:：.)\-–—]|$)\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LabelRegex();

    [GeneratedRegex(@"\b(?:bad|weak|poor|worse|mediocre|wrong|don'?t|avoid|mala|malo|débil|incorrecta|schlecht|mauvaise)\b|❌|✗|✘|👎|🚫", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakExampleRegex();

    [GeneratedRegex(@"\b(?:good|great|strong|better|best|improved|model|ideal|buena|bueno|correcta|gut|bonne)\b|✅|✓|✔|👍", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongExampleRegex();

    // "### Example 1", "### Example for a junior role", "### Ejemplo BUENO", "### Strategy 2: …", "### Another example":
    // a heading inside a question's section over one of its answers.
    [GeneratedRegex(@"^\W*(?:(?:another|other|second|third|otro|otra|autre)\s+)?(?:examples?|ejemplos?|exemples?|beispiele?|exemplos?|sample(?:\s+(?:answer|response))?|model\s+answer|(?:my\s+|your\s+)?answer|respuesta|version|versión|variant|estrategia|strategy|option|opción)\b(?!\s+(?:questions?|of\s+(?:a|what)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnswerHeadingRegex();

    /// <summary>True for a heading over one of a question's answers ("### Example 2", "### Ejemplo MALO").</summary>
    public static bool IsAnswerHeading(string heading, out bool weak)
    {
        weak = false;
        if (heading.Length > 120 || !AnswerHeadingRegex().IsMatch(heading))
        {
            return false;
        }

        weak = WeakExampleRegex().IsMatch(heading) && !StrongExampleRegex().IsMatch(heading);
        return true;
    }

    /// <summary>An answer label found at the start of a line.</summary>
    /// <param name="Label">The label as written, without its separator ("Sample answer", "A").</param>
    /// <param name="ContentStart">Where the answer's own text begins in the line.</param>
    /// <param name="IsWeakExample">True for "Bad answer", "❌ Weak response": an example of what not to say.</param>
    /// <param name="IsStrongExample">True for "Good answer", "✅ Better:" paired with a weak one.</param>
    public readonly record struct Found(string Label, int ContentStart, bool IsWeakExample, bool IsStrongExample);

    /// <summary>
    /// Finds an answer label at the start of <paramref name="line"/>. The one-letter <c>A</c> counts only when
    /// <paramref name="allowLetter"/> (after a question, not inside a STAR story where "A:" is the Action).
    /// </summary>
    public static bool TryFind(string line, bool allowLetter, out Found found)
    {
        found = default;
        var match = LabelRegex().Match(line.Length > 200 ? line[..200] : line);
        if (!match.Success)
        {
            return false;
        }

        var label = match.Groups["label"].Value.Trim();
        var separator = match.Groups["sep"].Value;
        var isLetter = label.Length <= 3 && (label[0] is 'a' or 'A');
        if (isLetter && (!allowLetter || label[0] != 'A'))
        {
            return false;
        }

        // "You: …" and "Me: …" speak only with a colon; "Example." or "Sample" alone on a line is a heading.
        var rest = line[(match.Index + match.Length)..];
        if (label.ToLowerInvariant() is "me" or "you" or "candidate" && separator is not (":" or "："))
        {
            return false;
        }

        if (separator.Length == 0 && !IsLabelAlone(label))
        {
            return false;
        }

        // "Example: “…”" gives an answer; "Example: our ward's handover …" in a story is a point of the answer, so
        // a bare "example" label needs its answer quoted, on the next line, or in the first person.
        if (label.StartsWith("example", StringComparison.OrdinalIgnoreCase) && rest.Trim().Length > 0 && !OpensAnswer(rest))
        {
            return false;
        }

        var weak = WeakExampleRegex().IsMatch(line[..(match.Index + match.Length)]);
        var strong = !weak && StrongExampleRegex().IsMatch(line[..(match.Index + match.Length)]);
        found = new Found(label, match.Index + match.Length, weak, strong);
        return true;
    }

    private static bool IsLabelAlone(string label) =>
        label.Contains("answer", StringComparison.OrdinalIgnoreCase) || label.Contains("response", StringComparison.OrdinalIgnoreCase)
        || label.StartsWith("for ", StringComparison.OrdinalIgnoreCase) || label.Equals("sample", StringComparison.OrdinalIgnoreCase);

    // "Example: 'Achieves Results' (APS 5–6 Level)" names an example; "Example: “I've always been interested …”" gives one.
    private static bool OpensAnswer(string rest)
    {
        var t = rest.TrimStart();
        return t.Length > 0 && ((t[0] is '"' or '“' or '‘' or '\'' && DocumentShape.WordCount(t) >= 8 && QuestionReading.Read(QuestionLabels.Unquote(t)) != Asks.Yes)
            || FirstPerson.Narrates(t[..Math.Min(t.Length, 60)]));
    }
}
