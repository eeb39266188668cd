using System.Text.RegularExpressions;

namespace StarCoach.Core.Import.Outline;

/// <summary>
/// A mock interview written as a dialogue with named speakers ("**Helen:** What do you think …?" then "**Paul:**
/// Basically …"). The speaker whose turns ask is the interviewer; the other is the candidate. Found only when two
/// speakers take at least two turns each, so "Note: …" or "Context: …" lines are never taken for speakers.
/// </summary>
internal static partial class SpeakerTurns
{
    [GeneratedRegex(@"^\s*(?:\*\*|__)?(?<name>\p{Lu}[\p{L}.'’-]{1,20}(?:\s\p{Lu}[\p{L}.'’-]{1,20})?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?=\S)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TurnRegex();

    /// <summary>A turn: who speaks, and where their words start.</summary>
    public readonly record struct Turn(string Speaker, int ContentStart);

    public static bool TryRead(string line, out Turn turn)
    {
        turn = default;
        var match = TurnRegex().Match(line.Length > 200 ? line[..200] : line);
        if (!match.Success)
        {
            return false;
        }

        var name = match.Groups["name"].Value;
        if (StarLabels.RoleOf(name) != StarRole.None || OutlinePatterns.IsMetadata(line) || QuestionLabels.TryFind(line, out _)
            || AnswerLabels.TryFind(line, allowLetter: false, out _) || name.Length < 3)
        {
            return false;
        }

        turn = new Turn(name, match.Length);
        return true;
    }

    /// <summary>The interviewer and the candidate of a dialogue in <paramref name="blocks"/>, or nulls when it is not one.</summary>
    public static (string? Interviewer, string? Candidate) Speakers(IReadOnlyList<DocumentBlock> blocks)
    {
        var turns = new Dictionary<string, (int Turns, int Asking)>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Text && !block.IsListItem && TryRead(block.Text, out var turn))
            {
                var asks = QuestionReading.Read(block.Text[turn.ContentStart..].Trim()) == Asks.Yes;
                var (count, asking) = turns.GetValueOrDefault(turn.Speaker);
                turns[turn.Speaker] = (count + 1, asking + (asks ? 1 : 0));
            }
        }

        var speakers = turns.Where(t => t.Value.Turns >= 2).OrderByDescending(t => t.Value.Turns).Take(2).ToList();
        if (speakers.Count < 2)
        {
            return (null, null);
        }

        var interviewer = speakers.MaxBy(s => (double)s.Value.Asking / s.Value.Turns);
        var candidate = speakers.First(s => s.Key != interviewer.Key);
        return interviewer.Value.Asking * 2 >= interviewer.Value.Turns && candidate.Value.Asking * 2 < candidate.Value.Turns
            ? (interviewer.Key, candidate.Key)
            : (null, null);
    }
}
