using StarCoach.Core.Banks;
using StarCoach.Core.Import.PlainText;

namespace StarCoach.Core.Import.Outline;

/// <summary>Re-reads an answer after the user edits its text, with the same label rules as import.</summary>
public static class AnswerText
{
    /// <summary>
    /// The answer with <paramref name="text"/> as its new text and its sections found again. Its id, span and label
    /// stay; a story answer becomes free-form when its labels are removed and the other way round; compressed,
    /// pitch and solution answers keep their kind.
    /// </summary>
    public static Answer Reparse(Answer answer, string text)
    {
        var blocks = PlainTextImporter.ToBlocks(Text.SourceLines.Split(text));
        if (blocks.Count == 0)
        {
            return answer with { Text = string.Empty, Sections = [] };
        }

        AnswerKind? forced = answer.Kind is AnswerKind.Star or AnswerKind.Freeform ? null : answer.Kind;
        var draft = new AnswerDraft(forced, answer.Label);
        foreach (var block in blocks)
        {
            if (!block.IsListItem && StarLabels.TryFind(block.Text, out var label, draft.LastRole))
            {
                draft.Add(block, label);
            }
            else
            {
                draft.Add(block);
            }
        }

        var rebuilt = draft.Build(pitchQuestion: answer.Kind == AnswerKind.Pitch);
        return answer with { Kind = rebuilt.Kind, Text = rebuilt.Text, Sections = rebuilt.Sections };
    }
}
