using System.Collections.Immutable;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// Turns the blocks of a prep document into questions, answers and follow-ups. Shared by every format that reads as a
/// sequence of blocks (plain text, Markdown with its HTML, Word, PDF), so they agree on what a question, a STAR label,
/// a follow-up or a compressed version looks like. It splits the blocks into units (<see cref="BlockSplitter"/>),
/// reads the document's layout once (<see cref="DocumentShape"/>), then hands each block to the first rule of
/// <see cref="OutlineRules.All"/> that reads it. Nothing is dropped: a block that belongs to no question is kept as
/// unassigned text with the reason, and markup taken out of the text is kept too.
/// </summary>
internal static class PrepDocumentParser
{
    /// <summary>Called with each block and the rule that read it, for the import lab's trace.</summary>
    internal static Action<OutlineState, int, DocumentBlock, IOutlineRule>? Trace { get; set; }

    /// <summary>Parses <paramref name="blocks"/> into a bank named after <paramref name="source"/>.</summary>
    public static Bank Parse(IReadOnlyList<DocumentBlock> blocks, string source, IEnumerable<Diagnostic> readerDiagnostics, ImportCorrections? corrections = null)
    {
        var units = BlockSplitter.Split(blocks);
        var state = new OutlineState(units, new DocumentShape(units), corrections ?? ImportCorrections.None);
        state.Diagnostics.AddRange(readerDiagnostics);
        for (var index = 0; index < units.Count; index++)
        {
            var block = units[index];
            if (block.Kind != BlockKind.Markup)
            {
                state.KeepMarkup(index, block);
            }

            foreach (var rule in OutlineRules.All)
            {
                if (rule.TryRead(state, index, block))
                {
                    Trace?.Invoke(state, index, block, rule);
                    break;
                }
            }
        }

        state.Finish();
        var questions = BuildQuestions(state.Questions);
        ReportLowConfidence(questions, state.Diagnostics);
        return BankAssembler.Assemble(source, state.Title, questions, state.Unassigned, state.Diagnostics);
    }

    private static List<Question> BuildQuestions(IReadOnlyList<QuestionDraft> drafts)
    {
        var result = new List<Question>(drafts.Count);
        foreach (var draft in drafts)
        {
            var (text, instruction) = PromptPhrases.SplitInstruction(draft.Text);
            var parts = PromptPhrases.SplitParts(text);
            if (draft.SubQuestions.Count > 0)
            {
                var subParts = draft.SubQuestions.Select(b => OutlinePatterns.SubQuestionRegex().Match(b.Trimmed).Groups["part"].Value);
                parts = [.. parts.IsEmpty ? [text] : parts, .. subParts];
                text = string.Join(' ', [text, .. draft.SubQuestions.Select(b => b.Trimmed)]);
            }

            var pitch = PromptPhrases.IsPitchQuestion(text);
            var answers = draft.Answers.Where(a => !a.IsEmpty).Select(a => a.Build(pitch)).ToImmutableArray();
            var followUps = draft.FollowUps.Select(f => f.Build()).ToImmutableArray();
            var confidence = Math.Round(draft.Reading.Confidence, 2);
            result.Add(new Question(
                Id: string.Empty,
                Text: text,
                Category: draft.Category,
                Instruction: instruction,
                Evaluates: null,
                Parts: parts,
                Competencies: [],
                SourceSpan: new SourceSpan(draft.Block.StartLine, draft.EndLine),
                Answers: answers,
                FollowUps: followUps,
                Confidence: confidence,
                Reading: draft.Reading.Why));
        }

        return result;
    }

    /// <summary>Questions read from layout alone are listed, so the user can check them first.</summary>
    private static void ReportLowConfidence(List<Question> questions, List<Diagnostic> diagnostics)
    {
        foreach (var question in questions.Where(q => q.Confidence < Confidence.Low))
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticSeverity.Info,
                $"Read “{BankAssembler.Shorten(question.Text)}” as a question because {question.Reading}; if it is not one, correct it in the import summary.",
                question.SourceSpan.StartLine));
        }
    }
}
