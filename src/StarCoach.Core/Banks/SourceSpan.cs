namespace StarCoach.Core.Banks;

/// <summary>A range of 1-based, inclusive source lines.</summary>
public readonly record struct SourceSpan(int StartLine, int EndLine)
{
    /// <summary>A one-line span.</summary>
    public static SourceSpan Line(int line) => new(line, line);
}
