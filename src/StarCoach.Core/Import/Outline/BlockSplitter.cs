using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Splits the blocks a format reader gives into the units the outline is made of, the same way for every format:
/// a paragraph whose lines open STAR labels ("**Situation:** …" then "**Task:** …") becomes one block per section;
/// a question with its answer on the very next line ("11. How do you …?\nI develop …") becomes a question and an
/// answer; a short heading line over a question becomes both; and one line holding a whole labelled story
/// ("Situation: … Task: … Action: … Result: …") becomes one block per label.
/// </summary>
internal static partial class BlockSplitter
{
    // A STAR label inside a line, after a sentence end or a wide gap: " Task: …", ". **A:** …", " | Result – …".
    [GeneratedRegex(@"(?:(?<=[.!?;。！？)\]""”’]\s{0,3})|(?<=\s{2,})|(?<=\|\s*)|(?<=[—–-]\s))(?=(?:\*\*|__)?\s*(?:situation|task|action|actions|result|results|outcome|impact|learning|learnings|lessons?(?:\s+learned)?|reflection|context|background|S|T|A|R|L)\s*(?:\*\*|__)?\s*[:：])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineLabelRegex();

    /// <summary>A "heading" longer than this is a paragraph set with heading marks ("###### - Having received my …").</summary>
    private const int MaxHeadingWords = 30;

    public static List<DocumentBlock> Split(IReadOnlyList<DocumentBlock> blocks)
    {
        var result = new List<DocumentBlock>(blocks.Count);
        foreach (var original in blocks)
        {
            var block = WithoutFalseHeading(original);
            if (block.Kind != BlockKind.Text || block.IsExplicitHeading || block.IsSummary)
            {
                result.Add(block);
                continue;
            }

            foreach (var line in SplitLongLine(block))
            {
                foreach (var piece in SplitLines(line))
                {
                    SplitInlineLabels(piece, result);
                }
            }
        }

        LabelBulletedStories(result);
        return result;
    }

    /// <summary>Longer than this, a single line is a whole document saved without its line breaks.</summary>
    private const int LongLine = 1_000;

    // Where a document saved on one line had its breaks: before "**Helen:**" speaker turns, glued "###HEADINGS", and
    // after a sentence end before "Q:"/"A:" labels or an italic comment ("*Helen is looking for …*").
    [GeneratedRegex(@"(?<=\S)\s+(?=\*\*[\p{Lu}][\p{L}.' -]{0,30}:\*\*)|(?<=\S)\s+(?=\#{2,6}\p{Lu})|(?<=[.!?""”*])\s+(?=(?:Q|A)\d{0,2}\s*[:.]\s)|(?<=[.!?])\s+(?=\*[^*\s])", RegexOptions.CultureInvariant)]
    private static partial Regex LongLineBreakRegex();

    /// <summary>A document saved as one very long line is cut where its lines were (speaker turns, headings, Q/A labels).</summary>
    private static IEnumerable<DocumentBlock> SplitLongLine(DocumentBlock block)
    {
        if (block.Text.Length < LongLine || block.Text.Contains('\n'))
        {
            yield return block;
            yield break;
        }

        var first = true;
        foreach (var piece in LongLineBreakRegex().Split(block.Text))
        {
            if (piece.Trim().Length == 0)
            {
                continue;
            }

            var text = piece.StartsWith("##", StringComparison.Ordinal) ? piece.TrimStart('#') : piece;
            yield return first ? block with { Text = text } : block with { Text = text, BlankLinesBefore = 1, IsListItem = false, HeadingLevel = 0, Markup = null, IsEmphasized = false };
            first = false;
        }
    }

    /// <summary>A whole paragraph marked as a heading is a paragraph (a list item when it starts with a bullet).</summary>
    private static DocumentBlock WithoutFalseHeading(DocumentBlock block)
    {
        if (!block.IsExplicitHeading || DocumentShape.WordCount(block.Trimmed) <= MaxHeadingWords)
        {
            return block;
        }

        return block with { HeadingLevel = 0, IsListItem = ListMarker.Read(block.Trimmed).Kind == MarkerKind.Bullet, MayHoldLabel = true };
    }

    /// <summary>
    /// "- S: …", "- Task: …": when two or more items of a run of bullets open with a STAR label, the bullets are the
    /// sections of a story. Their bullets go (a bullet is not a word); the items become labelled blocks.
    /// </summary>
    private static void LabelBulletedStories(List<DocumentBlock> blocks)
    {
        var start = 0;
        while (start < blocks.Count)
        {
            if (!IsBullet(blocks[start]))
            {
                start++;
                continue;
            }

            var end = start;
            var labelled = 0;
            while (end < blocks.Count && (IsBullet(blocks[end]) || (end > start && blocks[end].Indent > blocks[start].Indent)))
            {
                labelled += IsBullet(blocks[end]) && blocks[end].Indent == blocks[start].Indent && StarLabels.TryFind(WithoutBullet(blocks[end].Text), out _, StarRole.Situation) ? 1 : 0;
                end++;
            }

            if (labelled >= 2)
            {
                for (var i = start; i < end; i++)
                {
                    var item = blocks[i];
                    if (IsBullet(item) && item.Indent == blocks[start].Indent && StarLabels.TryFind(WithoutBullet(item.Text), out _, StarRole.Situation))
                    {
                        blocks[i] = item with { Text = WithoutBullet(item.Text), IsListItem = false, MayHoldLabel = true };
                    }
                }
            }

            start = end;
        }
    }

    private static bool IsBullet(DocumentBlock block) =>
        block.Kind == BlockKind.Text && block.IsListItem && ListMarker.Read(block.Text).Kind == MarkerKind.Bullet;

    private static string WithoutBullet(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 1 && trimmed[0] is '-' or '*' or '+' or '•' or '●' or '▪' or '–' && char.IsWhiteSpace(trimmed[1]) ? trimmed[1..].TrimStart() : text;
    }

    private static IEnumerable<DocumentBlock> SplitLines(DocumentBlock block)
    {
        if (!block.Text.Contains('\n'))
        {
            yield return block;
            yield break;
        }

        var lines = block.Text.Split('\n');
        var pieceStart = 0;
        var role = block.MayHoldLabel && !block.IsListItem && StarLabels.TryFind(lines[0], out var opening) ? opening.Role : StarRole.None;
        for (var i = 1; i < lines.Length; i++)
        {
            var found = default(StarLabels.Found);
            var opensLabel = block.MayHoldLabel && StarLabels.TryFind(lines[i], out found, role);
            var afterQuestion = i == pieceStart + 1 && EndsQuestion(lines[pieceStart], lines[i]);
            var underHeading = i == 1 && IsHeadingLine(lines[0]) && QuestionReading.Read(lines[1]) != Asks.No;
            if (!opensLabel && !afterQuestion && !underHeading)
            {
                continue;
            }

            yield return Piece(block, lines, pieceStart, i);
            role = opensLabel ? found.Role : StarRole.None;
            pieceStart = i;
        }

        yield return Piece(block, lines, pieceStart, lines.Length);
    }

    /// <summary>A block for lines [start, end) of <paramref name="block"/>; the first piece keeps the block's shape.</summary>
    private static DocumentBlock Piece(DocumentBlock block, string[] lines, int start, int end)
    {
        if (start == 0 && end == lines.Length)
        {
            return block;
        }

        var text = string.Join('\n', lines[start..end]);
        var lineCount = block.EndLine - block.StartLine + 1;
        var oneLinePerLine = lineCount == lines.Length;
        var first = oneLinePerLine ? block.StartLine + start : Math.Min(block.EndLine, block.StartLine + start);
        var last = oneLinePerLine ? block.StartLine + end - 1 : (end == lines.Length ? block.EndLine : first);
        return start == 0
            ? block with { Text = text, EndLine = last }
            : block with
            {
                Text = text,
                StartLine = first,
                EndLine = Math.Max(first, last),
                BlankLinesBefore = 0,
                HeadingLevel = 0,
                IsListItem = false,
                MayHoldLabel = true,
                IsEmphasized = false,
                IsSummary = false,
                Markup = null,
            };
    }

    /// <summary>
    /// True when <paramref name="line"/> is a whole question and <paramref name="next"/> starts its answer: the question
    /// ends with a question mark (or 。 in Chinese), or is a complete prompt and the next line opens a new sentence.
    /// </summary>
    private static bool EndsQuestion(string line, string next)
    {
        var question = line.Trim();
        var answer = next.TrimStart();
        if (question.Length == 0 || answer.Length == 0 || StarLabels.TryFind(question, out _))
        {
            return false;
        }

        var asks = QuestionReading.Read(question);
        if (asks == Asks.No)
        {
            return false;
        }

        var end = question.TrimEnd('"', '”', '’', '\'', ')', '*', '_', ' ')[^1];
        if (end is '?' or '？' or '。')
        {
            return true;
        }

        // "17. Provide an example of when you had personally demonstrated ownership" then "Creating project for …":
        // a prompt of five words or more, and the next line starts a sentence of its own (or, for a whole prompt, does
        // not finish the question the way a wrapped line does: "… a difficult\ncolleague. What did you do?").
        var opensSentence = char.IsUpper(answer[0]) || char.IsAsciiDigit(answer[0]) || QuestionReading.HasCjk(answer[..1]);
        var wholePrompt = asks == Asks.Yes && !PromptPhrases.EndsWithQuestionMark(answer) && !answer.Contains('?');
        var long_ = QuestionReading.HasCjk(question) ? question.Length >= 6 : question.Split(' ').Length >= 5;
        return end is not (',' or ';' or ':' or '-' or '–' or '—' or '，') && (opensSentence || wholePrompt) && long_
            && (asks == Asks.Yes || QuestionReading.StartsLikePrompt(question) || NumberedOrLettered(question));
    }

    private static bool NumberedOrLettered(string line) =>
        line.Length > 2 && (char.IsAsciiDigit(line[0]) || (char.IsAsciiLetter(line[0]) && line[1] is '.' or ')'));

    /// <summary>"Behavioral Questions" above a question: a few words with no sentence punctuation.</summary>
    private static bool IsHeadingLine(string line)
    {
        var t = line.Trim();
        return t.Length is > 1 and <= 60 && t.Split(' ').Length <= 5 && (!QuestionReading.HasCjk(t) || t.Length <= 16)
            && ListMarker.Read(t).Kind == MarkerKind.None && !t.EndsWith('.') && !t.EndsWith(',') && t.Any(char.IsLetter)
            && QuestionReading.Read(t) == Asks.No && !StarLabels.TryFind(t, out _);
    }

    /// <summary>"Situation: … Task: … Action: … Result: …" on one line: one block per label, when two or more are there.</summary>
    private static void SplitInlineLabels(DocumentBlock block, List<DocumentBlock> result)
    {
        if (!block.MayHoldLabel || block.IsListItem || block.Text.Length < 20 || block.Text.Contains('\n'))
        {
            result.Add(block);
            return;
        }

        var text = block.Text;
        if (!StarLabels.TryFind(text, out var first))
        {
            result.Add(block);
            return;
        }

        // Only where a colon follows a label word can a label start: look at the colons, then ask the regex there.
        var cuts = new List<int>();
        var role = first.Role;
        for (var colon = text.AsSpan(first.ContentStart).IndexOfAny(':', '：'); colon >= 0;)
        {
            var at = first.ContentStart + colon;
            var from = Math.Max(first.ContentStart, at - 40);
            var match = InlineLabelRegex().Match(text, from, at - from + 1);
            if (match.Success && StarLabels.TryFind(text[match.Index..], out var found, role) && found.Role != StarRole.None && found.Role != role)
            {
                cuts.Add(match.Index);
                role = found.Role;
            }

            var next = text.AsSpan(at + 1).IndexOfAny(':', '：');
            colon = next < 0 ? -1 : colon + 1 + next;
        }

        if (cuts.Count == 0)
        {
            result.Add(block);
            return;
        }

        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var piece = text[start..cut].TrimEnd();
            if (piece.Trim().Length > 0)
            {
                result.Add(start == 0 ? block with { Text = piece } : block with { Text = piece, BlankLinesBefore = 0, HeadingLevel = 0, IsEmphasized = false, Markup = null });
            }

            start = cut;
        }
    }
}
