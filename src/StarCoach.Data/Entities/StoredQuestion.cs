namespace StarCoach.Data.Entities;

/// <summary>A question of a stored bank.</summary>
public sealed class StoredQuestion
{
    public Guid Id { get; set; }

    public Guid BankId { get; set; }

    public StoredBank? Bank { get; set; }

    /// <summary>The content-derived id from import (<c>q-…</c>).</summary>
    public required string StableId { get; set; }

    public int Ordinal { get; set; }

    public required string Text { get; set; }

    public string? Category { get; set; }

    public string? Instruction { get; set; }

    public string? Evaluates { get; set; }

    /// <summary>Parts of a multi-part question (JSON array of strings).</summary>
    public string PartsJson { get; set; } = "[]";

    public int StartLine { get; set; }

    public int EndLine { get; set; }

    /// <summary>How sure import was that the line is a question (0–1); null when not imported from a document.</summary>
    public double? Confidence { get; set; }

    /// <summary>Why import read the line as a question, when it was not sure.</summary>
    public string? Reading { get; set; }

    public List<StoredAnswer> Answers { get; set; } = [];

    public List<StoredFollowUp> FollowUps { get; set; } = [];
}
