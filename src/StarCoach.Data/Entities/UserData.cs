namespace StarCoach.Data.Entities;

/// <summary>A user's change to the automatic competency tags of an answer: added or removed.</summary>
public sealed class CompetencyTagOverride
{
    public Guid Id { get; set; }

    public Guid AnswerId { get; set; }

    public required string Framework { get; set; }

    public required string CompetencyId { get; set; }

    /// <summary>True when the user added the tag, false when they removed an automatic one.</summary>
    public bool Added { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>One timed practice attempt at an answer (or at a follow-up probe on it).</summary>
public sealed class PracticeAttempt
{
    public Guid Id { get; set; }

    public Guid AnswerId { get; set; }

    /// <summary>The attempt a probe answer follows up on; null for the main attempt.</summary>
    public Guid? ParentAttemptId { get; set; }

    /// <summary>The probe asked, for probe attempts.</summary>
    public string? Probe { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public double DurationSeconds { get; set; }

    public double BudgetSeconds { get; set; }

    /// <summary>full or compressed.</summary>
    public required string Mode { get; set; }

    public required string Text { get; set; }

    public int OverallScore { get; set; }

    /// <summary>Share of the prepared story's key points recalled (0–1).</summary>
    public double Recall { get; set; }

    /// <summary>FSRS grade the schedule has (1 Again … 4 Easy): StarCoach's, or the candidate's when they changed it; 0 for probe attempts.</summary>
    public int Grade { get; set; }

    /// <summary>The grade StarCoach gave when the candidate changed it to <see cref="Grade"/>; 0 when they kept it, and for probe attempts.</summary>
    public int SuggestedGrade { get; set; }

    /// <summary>When this attempt's review moved the story's card; null for probe attempts and attempts stored before grades could be changed.</summary>
    public DateTimeOffset? ReviewedAt { get; set; }

    /// <summary>The story's card before this attempt (PracticeJson), so a changed grade replaces this review; null before the story's first review.</summary>
    public string? CardBeforeJson { get; set; }

    /// <summary>The review of the attempt as JSON, kept so history shows what was said at the time.</summary>
    public string ReviewJson { get; set; } = "{}";

    /// <summary>The recall comparison as JSON.</summary>
    public string RecallJson { get; set; } = "{}";
}

/// <summary>FSRS state of one prepared answer.</summary>
public sealed class ScheduleCard
{
    public Guid AnswerId { get; set; }

    public double Stability { get; set; }

    public double Difficulty { get; set; }

    public DateTimeOffset LastReview { get; set; }

    public DateTimeOffset Due { get; set; }

    public int Reps { get; set; }

    public int Lapses { get; set; }
}

/// <summary>
/// A sentence-embedding vector, keyed by a hash of the model and the exact text it was computed from, so a text is
/// embedded once whichever bank or user it belongs to, and an edited answer only re-embeds what changed.
/// </summary>
public sealed class EmbeddingCacheEntry
{
    /// <summary>32 hex digits of SHA-256 over model id and text (<c>EmbeddingCacheKey.For</c>).</summary>
    public required string Key { get; set; }

    public required string Model { get; set; }

    /// <summary>The vector as little-endian 32-bit floats.</summary>
    public required byte[] Vector { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
