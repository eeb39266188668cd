using Microsoft.EntityFrameworkCore;
using StarCoach.Core.Competencies;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>
/// The user's changes to automatic competency tags. Stored against the answer row, not its content id, so they
/// survive edits and re-imports that keep the answer recognisably the same.
/// </summary>
public sealed class TagOverrideStore(StarCoachDb db, TimeProvider time)
{
    /// <summary>The overrides of a bank, keyed by the answers' current content ids, as the tagger takes them.</summary>
    public async Task<TagOverrides> LoadAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var rows = await db.TagOverrides.AsNoTracking()
            .Join(db.Answers, t => t.AnswerId, a => a.Id, (t, a) => new { Tag = t, a.StableId, a.Question!.BankId, a.Question.Bank!.OwnerId })
            .Where(x => x.BankId == bankId && x.OwnerId == ownerId)
            .OrderBy(x => x.Tag.CreatedAt)
            .Select(x => new { x.StableId, x.Tag.Framework, x.Tag.CompetencyId, x.Tag.Added })
            .ToListAsync(cancellationToken);
        return new TagOverrides([.. rows.Select(r => new TagOverride(r.StableId, r.Framework, r.CompetencyId, r.Added ? TagOverrideAction.Add : TagOverrideAction.Remove))]);
    }

    /// <summary>Adds (or, with <paramref name="add"/> false, removes) a tag on an answer; false when the answer is not the owner's.</summary>
    public async Task<bool> SetAsync(string ownerId, Guid bankId, string answerId, string framework, string competencyId, bool add, CancellationToken cancellationToken = default)
    {
        var answer = await OwnedAnswerAsync(ownerId, bankId, answerId, cancellationToken);
        if (answer is null)
        {
            return false;
        }

        var existing = await db.TagOverrides.FirstOrDefaultAsync(t => t.AnswerId == answer.Value && t.Framework == framework && t.CompetencyId == competencyId, cancellationToken);
        if (existing is null)
        {
            db.TagOverrides.Add(new CompetencyTagOverride { Id = Guid.NewGuid(), AnswerId = answer.Value, Framework = framework, CompetencyId = competencyId, Added = add, CreatedAt = time.GetUtcNow() });
        }
        else
        {
            existing.Added = add;
            existing.CreatedAt = time.GetUtcNow();
        }

        await TouchBankAsync(bankId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Drops the user's change, going back to the automatic tag; false when the answer is not the owner's.</summary>
    public async Task<bool> ResetAsync(string ownerId, Guid bankId, string answerId, string framework, string competencyId, CancellationToken cancellationToken = default)
    {
        var answer = await OwnedAnswerAsync(ownerId, bankId, answerId, cancellationToken);
        if (answer is null)
        {
            return false;
        }

        await db.TagOverrides.Where(t => t.AnswerId == answer.Value && t.Framework == framework && t.CompetencyId == competencyId).ExecuteDeleteAsync(cancellationToken);
        await TouchBankAsync(bankId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private Task<Guid?> OwnedAnswerAsync(string ownerId, Guid bankId, string answerId, CancellationToken cancellationToken) =>
        db.Answers.AsNoTracking()
            .Where(a => a.StableId == answerId && a.Question!.BankId == bankId && a.Question.Bank!.OwnerId == ownerId)
            .Select(a => (Guid?)a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Tags feed coverage, which is cached by the bank's last change: a tag change is a change of the bank.</summary>
    private async Task TouchBankAsync(Guid bankId, CancellationToken cancellationToken)
    {
        var bank = await db.Banks.FirstAsync(b => b.Id == bankId, cancellationToken);
        bank.UpdatedAt = time.GetUtcNow();
    }
}
