using StarCoach.Core.Banks;

namespace StarCoach.Core.Import.Outline;

/// <summary>Re-reads an answer after the user edits its text, with the same label rules as import.</summary>
public static class AnswerText
{
    /// <summary>
    /// The answer with <paramref name="text"/> as its new text and its sections found again by
    /// <see cref="Review.AnswerTextParser"/>, the one reader of typed answers (the CLI, the API, the editor and
    /// practice all read text through it). Its id, span and label stay; a story answer becomes free-form when its
    /// labels are removed and the other way round; compressed, pitch and solution answers keep their kind.
    /// </summary>
    public static Answer Reparse(Answer answer, string text)
    {
        var written = text.Trim();
        if (written.Length == 0)
        {
            return answer with { Text = string.Empty, Sections = [] };
        }

        var (kind, sections) = Review.AnswerTextParser.Parse(written, pitchQuestion: answer.Kind == AnswerKind.Pitch);
        return answer with { Kind = answer.Kind is AnswerKind.Star or AnswerKind.Freeform ? kind : answer.Kind, Text = written, Sections = sections };
    }
}
