namespace StarCoach.Data.Entities;

/// <summary>An interviewer's follow-up question on a stored question, with its optional answer.</summary>
public sealed class StoredFollowUp
{
    public Guid Id { get; set; }

    public Guid QuestionId { get; set; }

    public int Ordinal { get; set; }

    public required string Question { get; set; }

    public int StartLine { get; set; }

    public int EndLine { get; set; }

    public StoredAnswer? Answer { get; set; }
}
