using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using StarCoach.Core.Import;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>A correction as stored with its bank.</summary>
public sealed record StoredImportCorrection(CorrectionKind Kind, string Line, DateTimeOffset CreatedAt)
{
    public ImportCorrection Correction => new(Kind, Line);
}

/// <summary>
/// The corrections users made to the import of their banks' documents ("this line is a question"). Every query is
/// filtered by owner, like <see cref="BankStore"/>.
/// </summary>
public sealed class CorrectionStore(StarCoachDb db, TimeProvider time)
{
    /// <summary>The bank's corrections, oldest first (a later one of the same line wins), or null when the owner has no such bank.</summary>
    public async Task<ImmutableArray<StoredImportCorrection>?> ListAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        if (!await db.Banks.AnyAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken))
        {
            return null;
        }

        var rows = await db.Corrections.AsNoTracking()
            .Where(c => c.BankId == bankId)
            .Select(c => new { c.Kind, c.Line, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.CreatedAt).Select(r => new StoredImportCorrection(KindOf(r.Kind), r.Line, r.CreatedAt))];
    }

    /// <summary>Keeps a correction with the bank; false when the owner has no such bank.</summary>
    public async Task<bool> AddAsync(string ownerId, Guid bankId, ImportCorrection correction, CancellationToken cancellationToken = default)
    {
        if (!await db.Banks.AnyAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken))
        {
            return false;
        }

        db.Corrections.Add(new StoredCorrection
        {
            Id = Guid.NewGuid(),
            BankId = bankId,
            Kind = ImportCorrection.KindName(correction.Kind),
            Line = correction.Line,
            CreatedAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static CorrectionKind KindOf(string name) =>
        ImportCorrection.TryParseKind(name, out var kind) ? kind : throw new InvalidDataException($"Unknown correction kind '{name}' in the database.");
}
