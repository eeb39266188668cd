using System.Diagnostics.CodeAnalysis;

namespace StarCoach.Core.Export;

/// <summary>An export that was written, or the one-line reason it was not.</summary>
public sealed record ExportResult
{
    private ExportResult(string? error) => Error = error;

    /// <summary>A one-line message naming the file and what to do, when the export failed.</summary>
    public string? Error { get; }

    /// <summary>True when the export was written.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    internal static ExportResult Success { get; } = new((string?)null);

    internal static ExportResult Failure(string error) => new(error);
}
