using System.Collections.Immutable;

namespace StarCoach.Core.Banks;

/// <summary>
/// A candidate's bank: the questions they prepared for, with their answers, plus everything an
/// import could not place (kept verbatim, never dropped) and what it noticed on the way.
/// </summary>
/// <param name="SchemaVersion">Version of the bank JSON contract; <see cref="CurrentSchemaVersion"/>.</param>
/// <param name="Source">File name the bank was imported from.</param>
/// <param name="Title">Document title, when the source has one.</param>
public sealed record Bank(
    int SchemaVersion,
    string Source,
    string? Title,
    ImmutableArray<Question> Questions,
    ImmutableArray<UnassignedText> Unassigned,
    ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The schema version this build reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Every answer in the bank with its question, main answers before follow-up answers.</summary>
    public IEnumerable<(Question Question, Answer Answer)> AllAnswers()
    {
        foreach (var question in Questions)
        {
            foreach (var answer in question.Answers)
            {
                yield return (question, answer);
            }
        }
    }
}
