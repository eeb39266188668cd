namespace StarCoach.Data.Entities;

/// <summary>A bank as stored for one user: what import produced plus the user's settings for it.</summary>
public sealed class StoredBank
{
    public Guid Id { get; set; }

    /// <summary>The owning user; <see cref="StarCoachDb.LocalUserId"/> in local (single-user) mode.</summary>
    public required string OwnerId { get; set; }

    /// <summary>Display name: the document title, else the file name.</summary>
    public required string Name { get; set; }

    /// <summary>File name the bank was imported from; re-importing a file of the same name updates this bank.</summary>
    public required string SourceFileName { get; set; }

    public string? Title { get; set; }

    /// <summary>Target level the answers are reviewed against (junior … principal).</summary>
    public string TargetLevel { get; set; } = "senior";

    /// <summary>Competency framework shown by default (amazon, meta, google, generic).</summary>
    public string Framework { get; set; } = StarCoach.Core.Competencies.CompetencyFrameworks.DefaultId;

    /// <summary>Interview date, when known: scheduling makes every story fresh for it.</summary>
    public DateOnly? InterviewDate { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Text import kept aside (JSON array of unassigned entries), stored whole with the bank.</summary>
    public string UnassignedJson { get; set; } = "[]";

    /// <summary>Import diagnostics (JSON array), stored whole with the bank.</summary>
    public string DiagnosticsJson { get; set; } = "[]";

    public List<StoredQuestion> Questions { get; set; } = [];
}
