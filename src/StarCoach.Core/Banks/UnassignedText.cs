namespace StarCoach.Core.Banks;

/// <summary>Source text that import kept but could not attach to a question, with why.</summary>
public sealed record UnassignedText(string Text, SourceSpan SourceSpan, string Reason);
