namespace StarCoach.Core.Banks;

/// <summary>Source text that import kept but could not attach to a question, with why.</summary>
public sealed record UnassignedText(string Text, SourceSpan SourceSpan, string Reason)
{
    /// <summary>The reason of markup import took out of the text (HTML tags, a code fence's language): kept, not a passage.</summary>
    public const string MarkupReason = "Markup around the text (HTML tags, a code fence's language), kept as written.";

    /// <summary>True for markup kept so no word is lost, rather than a passage of the document kept aside.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsMarkup => Reason == MarkupReason;
}
