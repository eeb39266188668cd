namespace StarCoach.Data.Entities;

/// <summary>
/// The document a bank was last imported from, byte for byte, so a correction can import it again. Kept beside the
/// bank rather than on it, so that reading a bank for display never loads the file.
/// </summary>
public sealed class StoredSource
{
    public Guid BankId { get; set; }

    public required string FileName { get; set; }

    public required byte[] Content { get; set; }

    public DateTimeOffset StoredAt { get; set; }
}

/// <summary>What the user said import got wrong about one line of a bank's document; applied at every re-import.</summary>
public sealed class StoredCorrection
{
    public Guid Id { get; set; }

    public Guid BankId { get; set; }

    /// <summary>question, notQuestion, splitAnswer, mergeAnswer or notes.</summary>
    public required string Kind { get; set; }

    /// <summary>The line's text as written (at most <c>ImportCorrection.MaxLineLength</c> characters).</summary>
    public required string Line { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
