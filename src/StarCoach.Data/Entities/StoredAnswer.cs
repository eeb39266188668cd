namespace StarCoach.Data.Entities;

/// <summary>
/// A prepared answer. Main answers belong to a question; a follow-up's answer also points at its follow-up.
/// Attempts, schedule state and competency tag overrides hang off the answer, so they survive re-import
/// when the answer is recognisably the same.
/// </summary>
public sealed class StoredAnswer
{
    public Guid Id { get; set; }

    public Guid QuestionId { get; set; }

    public StoredQuestion? Question { get; set; }

    /// <summary>Set for the answer to a follow-up question.</summary>
    public Guid? FollowUpId { get; set; }

    /// <summary>The content-derived id from import (<c>a-…</c>).</summary>
    public required string StableId { get; set; }

    public int Ordinal { get; set; }

    /// <summary>star, freeform, compressed, pitch or solution.</summary>
    public required string Kind { get; set; }

    public string? Label { get; set; }

    public required string Text { get; set; }

    public int StartLine { get; set; }

    public int EndLine { get; set; }

    /// <summary>How sure import was that this is one answer of its own (0–1); null when not imported from a document.</summary>
    public double? Confidence { get; set; }

    /// <summary>The short name the user gave the story (null: derived from the story, <c>StoryTitle</c>).</summary>
    public string? Title { get; set; }

    /// <summary>When the user last edited the text in the app (null: as imported).</summary>
    public DateTimeOffset? EditedAt { get; set; }

    public List<StoredSection> Sections { get; set; } = [];

    public List<CompetencyTagOverride> TagOverrides { get; set; } = [];

    public List<PracticeAttempt> Attempts { get; set; } = [];

    public ScheduleCard? Card { get; set; }
}

/// <summary>A labelled section of an answer (Situation, Task, …), in order.</summary>
public sealed class StoredSection
{
    public Guid AnswerId { get; set; }

    public int Ordinal { get; set; }

    public required string Label { get; set; }

    public required string Text { get; set; }
}
