using System.Diagnostics.CodeAnalysis;
using StarCoach.Core.Banks;

namespace StarCoach.Core.Import;

/// <summary>The bank an import produced, or the one-line reason it could not.</summary>
public sealed record ImportResult
{
    private ImportResult(Bank? bank, string? error)
    {
        Bank = bank;
        Error = error;
    }

    /// <summary>The imported bank, when the import succeeded.</summary>
    public Bank? Bank { get; }

    /// <summary>A one-line message naming the file and what to do, when the import failed.</summary>
    public string? Error { get; }

    /// <summary>True when <see cref="Bank"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Bank))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Bank is not null;

    /// <summary>A successful import.</summary>
    public static ImportResult Success(Bank bank) => new(bank, null);

    /// <summary>A failed import with a message for the user.</summary>
    public static ImportResult Failure(string error) => new(null, error);
}
