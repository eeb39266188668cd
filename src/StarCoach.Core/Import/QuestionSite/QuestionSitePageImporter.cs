using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Text;

namespace StarCoach.Core.Import.QuestionSite;

/// <summary>
/// Reads a question as published by interview-question sites: the prompt (often several asks in one),
/// a "Quick Answer: This question evaluates …" line, and a "Solution" in numbered sections.
/// </summary>
internal static partial class QuestionSitePageImporter
{
    [GeneratedRegex(@"^\s*(?<marker>(?:quick\s+answer|summary|tl;?dr)\s*[:\-–]\s*)(?<rest>.*\bevaluates?\b.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EvaluatesRegex();

    [GeneratedRegex(@"^\s*(?:\#{1,6}\s*)?(?:\*\*)?\s*(?:solution|sample\s+answer|model\s+answer|suggested\s+answer|answer)\s*(?:\*\*)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SolutionRegex();

    [GeneratedRegex(@"^(?:\#{1,6}\s*)?(?:\d{1,2}[.)]|step\s+\d{1,2}[:.)]?|part\s+\d{1,2}[:.)]?)\s+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedSectionRegex();

    /// <summary>How far into the page the "Quick Answer" and "Solution" lines may sit.</summary>
    private const int HeaderLines = 40;

    /// <summary>True for the shape of a question-site page: an "evaluates" line followed by a "Solution" line near the top.</summary>
    public static bool Recognises(IReadOnlyList<string> lines)
    {
        var evaluates = -1;
        for (var i = 0; i < Math.Min(lines.Count, HeaderLines); i++)
        {
            if (lines[i].Length > 2000)
            {
                continue;
            }

            if (evaluates < 0 && EvaluatesRegex().IsMatch(lines[i]))
            {
                evaluates = i;
            }
            else if (evaluates >= 0 && SolutionRegex().IsMatch(lines[i]))
            {
                return evaluates > 0;
            }
        }

        return false;
    }

    public static ImportResult Import(SourceDocument document, IReadOnlyList<string> lines)
    {
        var evaluatesLine = Enumerable.Range(0, lines.Count).First(i => lines[i].Length <= 2000 && EvaluatesRegex().IsMatch(lines[i]));
        var solutionLine = Enumerable.Range(evaluatesLine + 1, lines.Count - evaluatesLine - 1).First(i => SolutionRegex().IsMatch(lines[i]));
        var unassigned = new List<UnassignedText>();

        var promptLines = Enumerable.Range(0, evaluatesLine).Where(i => !SourceLines.IsBlank(lines[i])).ToList();
        var prompt = string.Join("\n", promptLines.Select(i => lines[i].Trim()));
        var (text, instruction) = PromptPhrases.SplitInstruction(prompt);

        var match = EvaluatesRegex().Match(lines[evaluatesLine]);
        unassigned.Add(new UnassignedText(
            match.Groups["marker"].Value.Trim(),
            SourceSpan.Line(evaluatesLine + 1),
            "Label of the line that says what the question evaluates."));
        var evaluates = match.Groups["rest"].Value.Trim();

        // Text between the evaluates line and "Solution" that is not blank is kept aside rather than guessed at.
        for (var i = evaluatesLine + 1; i < solutionLine; i++)
        {
            if (!SourceLines.IsBlank(lines[i]))
            {
                unassigned.Add(new UnassignedText(lines[i].Trim(), SourceSpan.Line(i + 1), "Text between the question and its solution."));
            }
        }

        var answer = ReadSolution(lines, solutionLine);
        if (answer is null)
        {
            unassigned.Add(new UnassignedText(lines[solutionLine].Trim(), SourceSpan.Line(solutionLine + 1), "Solution heading with no text under it."));
        }
        var question = new Question(
            Id: string.Empty,
            Text: text,
            Category: null,
            Instruction: instruction,
            Evaluates: evaluates,
            Parts: PromptPhrases.SplitParts(text),
            Competencies: [],
            SourceSpan: new SourceSpan(promptLines.Count > 0 ? promptLines[0] + 1 : evaluatesLine + 1, answer?.SourceSpan.EndLine ?? solutionLine + 1),
            Answers: answer is null ? [] : [answer],
            FollowUps: []);
        return ImportResult.Success(BankAssembler.Assemble(document.Name, title: null, [question], unassigned, document.Diagnostics));
    }

    private static Answer? ReadSolution(IReadOnlyList<string> lines, int solutionLine)
    {
        var last = lines.Count - 1;
        while (last > solutionLine && SourceLines.IsBlank(lines[last]))
        {
            last--;
        }

        if (last <= solutionLine)
        {
            return null;
        }

        var sections = ImmutableArray.CreateBuilder<AnswerSection>();
        string? label = null;
        var body = new List<string>();
        for (var i = solutionLine + 1; i <= last; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length < 200 && NumberedSectionRegex().IsMatch(line))
            {
                Flush();
                label = line.Trim().TrimStart('#', ' ');
                continue;
            }

            if (label is not null)
            {
                body.Add(line);
            }
        }

        Flush();
        var text = string.Join("\n", Enumerable.Range(solutionLine, last - solutionLine + 1).Select(i => lines[i].TrimEnd()));
        return new Answer(string.Empty, AnswerKind.Solution, text, sections.ToImmutable(), new SourceSpan(solutionLine + 1, last + 1), lines[solutionLine].Trim().Trim('#', '*', ':', ' '));

        void Flush()
        {
            if (label is not null)
            {
                sections.Add(new AnswerSection(label, string.Join("\n", body).Trim('\n')));
            }

            body.Clear();
        }
    }
}
