using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using StarCoach.Core.Banks;
using StarCoach.Core.Import.Outline;
using StarCoach.Core.Text;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>A bank in the list of a user's banks.</summary>
public sealed record BankSummary(Guid Id, string Name, string SourceFileName, int Questions, int Answers, string TargetLevel, DateTimeOffset UpdatedAt);

/// <summary>What an import into the database did.</summary>
/// <param name="Updated">True when an existing bank was updated in place (re-import).</param>
/// <param name="AnswersKept">Answers recognised from the previous version, keeping their attempts and tags.</param>
public sealed record StoredImport(Guid BankId, bool Updated, int AnswersKept, int AnswersAdded, int AnswersRemoved);

/// <summary>The document a bank was imported from, as uploaded.</summary>
public sealed record ImportSource(string FileName, byte[] Content);

/// <summary>
/// Reads and writes banks for one owner at a time. Every query is filtered by owner, so a user can only ever
/// reach their own banks; a bank of someone else is simply not found.
/// </summary>
public sealed class BankStore(StarCoachDb db, TimeProvider time)
{
    /// <summary>Share of word pairs two versions of an answer must share to count as the same story.</summary>
    public const double SameStoryOverlap = 0.5;

    public async Task<IReadOnlyList<BankSummary>> ListAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        var banks = await db.Banks.AsNoTracking()
            .Where(b => b.OwnerId == ownerId)
            .Select(b => new
            {
                b.Id,
                b.Name,
                b.SourceFileName,
                Questions = b.Questions.Count,
                Answers = b.Questions.SelectMany(q => q.Answers).Count(a => a.FollowUpId == null),
                b.TargetLevel,
                b.UpdatedAt,
            })
            .ToListAsync(cancellationToken);
        return [.. banks
            .OrderByDescending(b => b.UpdatedAt)
            .Select(b => new BankSummary(b.Id, b.Name, b.SourceFileName, b.Questions, b.Answers, b.TargetLevel, b.UpdatedAt))];
    }

    /// <summary>The stored bank with everything under it, tracked for changes, or null when the owner has no such bank.</summary>
    public Task<StoredBank?> FindAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default) =>
        WholeBank().FirstOrDefaultAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken);

    /// <summary>Like <see cref="FindAsync"/> for display: nothing is tracked, so the result can be cached.</summary>
    public Task<StoredBank?> ReadAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default) =>
        WholeBank().AsNoTracking().FirstOrDefaultAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken);

    private IQueryable<StoredBank> WholeBank() =>
        db.Banks
            .Include(b => b.Questions).ThenInclude(q => q.Answers).ThenInclude(a => a.Sections)
            .Include(b => b.Questions).ThenInclude(q => q.FollowUps)
            .AsSplitQuery();

    /// <summary>When the bank last changed and its target level, or null when the owner has no such bank (one small query).</summary>
    public async Task<(DateTimeOffset UpdatedAt, string TargetLevel)?> VersionAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var head = db switch
        {
            SqliteStarCoachDb sqlite => await Compiled<SqliteStarCoachDb>.BankVersion(sqlite, bankId, ownerId, cancellationToken),
            PostgresStarCoachDb postgres => await Compiled<PostgresStarCoachDb>.BankVersion(postgres, bankId, ownerId, cancellationToken),
            _ => await Compiled<StarCoachDb>.BankVersion(db, bankId, ownerId, cancellationToken),
        };
        return head is null ? null : (head.UpdatedAt, head.TargetLevel);
    }

    private sealed record BankHead(DateTimeOffset UpdatedAt, string TargetLevel);

    /// <summary>
    /// Queries asked on every page view, compiled once so a view skips EF's translation and cache lookup. A compiled
    /// query belongs to one model, hence one per provider's context type.
    /// </summary>
    private static class Compiled<TDb>
        where TDb : StarCoachDb
    {
        public static readonly Func<TDb, Guid, string, CancellationToken, Task<BankHead?>> BankVersion =
            EF.CompileAsyncQuery((TDb db, Guid bankId, string ownerId, CancellationToken _) =>
                db.Banks.AsNoTracking()
                    .Where(b => b.Id == bankId && b.OwnerId == ownerId)
                    .Select(b => new BankHead(b.UpdatedAt, b.TargetLevel))
                    .FirstOrDefault());
    }

    /// <summary>A stored bank (loaded with <see cref="FindAsync"/>) as the Core domain.</summary>
    public static Bank ToDomain(StoredBank bank) => BankMapping.ToDomain(bank);

    /// <summary>The bank as the Core domain (for review, export, JSON download), or null.</summary>
    public async Task<Bank?> LoadAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var stored = await FindAsync(ownerId, bankId, cancellationToken);
        return stored is null ? null : BankMapping.ToDomain(stored);
    }

    /// <summary>
    /// Saves an imported bank in one transaction. When <paramref name="intoBankId"/> is given, or the owner already
    /// has a bank from a file of the same name, that bank is updated in place: questions and answers that are
    /// recognisably the same (same content id, or sharing most of their word pairs) keep their rows, so attempts,
    /// schedule state and tag overrides stay attached.
    /// </summary>
    /// <param name="source">The document as uploaded, kept with the bank so corrections can import it again; null keeps the stored one.</param>
    public async Task<StoredImport?> SaveImportAsync(string ownerId, Bank bank, Guid? intoBankId = null, ImportSource? source = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await SaveImportOnceAsync(ownerId, bank, intoBankId, source, cancellationToken);
        }
        catch (DbUpdateException) when (intoBankId is null)
        {
            // Two uploads of one file at once: the unique index lets one create the bank; the other updates it.
            db.ChangeTracker.Clear();
            if (await SameFileAsync(ownerId, bank.Source, cancellationToken) is not { } winner)
            {
                throw;
            }

            return await SaveImportOnceAsync(ownerId, bank, winner, source, cancellationToken);
        }
    }

    private async Task<StoredImport?> SaveImportOnceAsync(string ownerId, Bank bank, Guid? intoBankId, ImportSource? source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        StoredBank? existing;
        if (intoBankId is { } id)
        {
            existing = await FindAsync(ownerId, id, cancellationToken);
            if (existing is null)
            {
                return null;
            }
        }
        else
        {
            existing = await SameFileAsync(ownerId, bank.Source, cancellationToken) is { } sameFile ? await FindAsync(ownerId, sameFile, cancellationToken) : null;
        }

        var target = existing ?? new StoredBank
        {
            Id = Guid.NewGuid(),
            OwnerId = ownerId,
            Name = string.Empty,
            SourceFileName = bank.Source,
            ImportedAt = now,
        };
        target.Name = BankName(bank);
        target.SourceFileName = bank.Source;
        target.Title = bank.Title;
        target.UpdatedAt = now;
        target.UnassignedJson = BankMapping.SerializeUnassigned(bank.Unassigned);
        target.DiagnosticsJson = BankMapping.SerializeDiagnostics(bank.Diagnostics);

        // Rows are moved between questions and follow-ups during the merge; deciding what is orphaned only at
        // save time keeps a moved answer (and its attempts) from being cascade-deleted with its old parent.
        db.ChangeTracker.CascadeDeleteTiming = CascadeTiming.OnSaveChanges;
        db.ChangeTracker.DeleteOrphansTiming = CascadeTiming.OnSaveChanges;
        var merge = new ReimportMerge(target);
        merge.Apply(bank);
        if (existing is null)
        {
            db.Banks.Add(target);
        }

        foreach (var removed in merge.RemovedAnswers)
        {
            db.Answers.Remove(removed);
        }

        foreach (var removed in merge.RemovedQuestions)
        {
            db.Questions.Remove(removed);
        }

        if (source is not null)
        {
            await KeepSourceAsync(target.Id, source, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new StoredImport(target.Id, existing is not null, merge.Kept, merge.Added, merge.RemovedAnswers.Count);
    }

    /// <summary>The owner's bank imported from a file of this name (one per owner and name), which a re-upload updates; or null.</summary>
    public async Task<Guid?> SameFileAsync(string ownerId, string fileName, CancellationToken cancellationToken = default)
    {
        var id = await db.Banks.Where(b => b.OwnerId == ownerId && b.SourceFileName == fileName)
            .OrderByDescending(b => b.UpdatedAt).Select(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        return id == Guid.Empty ? null : id;
    }

    /// <summary>The document the bank was last imported from, or null when the owner has no such bank or it was imported before documents were kept.</summary>
    public async Task<ImportSource?> SourceAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.BankId == bankId && db.Banks.Any(b => b.Id == bankId && b.OwnerId == ownerId))
            .Select(s => new { s.FileName, s.Content })
            .FirstOrDefaultAsync(cancellationToken);
        return source is null ? null : new ImportSource(source.FileName, source.Content);
    }

    /// <summary>Bytes of the documents kept with the owner's banks, leaving out <paramref name="exceptBankId"/> (a re-import replaces its document).</summary>
    public async Task<long> DocumentBytesAsync(string ownerId, Guid? exceptBankId, CancellationToken cancellationToken = default) =>
        await db.Sources.Where(s => s.BankId != exceptBankId && db.Banks.Any(b => b.Id == s.BankId && b.OwnerId == ownerId))
            .SumAsync(s => (long)s.Content.Length, cancellationToken);

    /// <summary>True when the document of the bank is kept (the caller has checked the bank is the owner's).</summary>
    public Task<bool> HasSourceAsync(Guid bankId, CancellationToken cancellationToken = default) =>
        db.Sources.AnyAsync(s => s.BankId == bankId, cancellationToken);

    private async Task KeepSourceAsync(Guid bankId, ImportSource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await db.Sources.FirstOrDefaultAsync(s => s.BankId == bankId, cancellationToken);
        if (stored is null)
        {
            db.Sources.Add(new StoredSource { BankId = bankId, FileName = source.FileName, Content = source.Content, StoredAt = now });
            return;
        }

        stored.FileName = source.FileName;
        stored.Content = source.Content;
        stored.StoredAt = now;
    }

    public async Task<bool> DeleteAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var bank = await db.Banks.FirstOrDefaultAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken);
        if (bank is null)
        {
            return false;
        }

        db.Banks.Remove(bank);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SetTargetLevelAsync(string ownerId, Guid bankId, string level, CancellationToken cancellationToken = default)
    {
        var bank = await db.Banks.FirstOrDefaultAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken);
        if (bank is null)
        {
            return false;
        }

        bank.TargetLevel = level;
        bank.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Replaces an answer's text (edited in the app), finding its sections again; null when not the owner's.</summary>
    public async Task<Answer?> UpdateAnswerTextAsync(string ownerId, Guid bankId, string answerStableId, string text, CancellationToken cancellationToken = default)
    {
        var answer = await db.Answers
            .Include(a => a.Sections)
            .Include(a => a.Question).ThenInclude(q => q!.Bank)
            .FirstOrDefaultAsync(a => a.StableId == answerStableId && a.Question!.BankId == bankId && a.Question.Bank!.OwnerId == ownerId, cancellationToken);
        if (answer is null)
        {
            return null;
        }

        var updated = AnswerText.Reparse(BankMapping.ToDomain(answer), text);
        BankMapping.CopyInto(updated, answer, answer.Ordinal);
        answer.EditedAt = time.GetUtcNow();
        answer.Question!.Bank!.UpdatedAt = answer.EditedAt.Value;
        await db.SaveChangesAsync(cancellationToken);
        return updated;
    }

    /// <summary>
    /// Gives a story its own title (blank: back to the one derived from the story); the answer as it now reads, or
    /// null when not the owner's. Attempts and schedule are untouched: the story is the same.
    /// </summary>
    public async Task<Answer?> SetAnswerTitleAsync(string ownerId, Guid bankId, string answerStableId, string? title, CancellationToken cancellationToken = default)
    {
        var question = await db.Questions
            .Include(q => q.Bank)
            .Include(q => q.Answers).ThenInclude(a => a.Sections)
            .Include(q => q.FollowUps)
            .AsSplitQuery()
            .FirstOrDefaultAsync(q => q.BankId == bankId && q.Bank!.OwnerId == ownerId && q.Answers.Any(a => a.StableId == answerStableId), cancellationToken);
        var answer = question?.Answers.FirstOrDefault(a => a.StableId == answerStableId);
        if (question is null || answer is null)
        {
            return null;
        }

        var asked = BankMapping.ToDomain(question);
        var domain = asked.Answers.FirstOrDefault(a => a.Id == answerStableId) ?? BankMapping.ToDomain(answer);
        answer.Title = StoryTitle.Own(asked, domain, title);
        question.Bank!.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return BankMapping.ToDomain(answer);
    }

    private static string BankName(Bank bank) =>
        string.IsNullOrWhiteSpace(bank.Title) ? Path.GetFileNameWithoutExtension(bank.Source) : bank.Title.Trim();

    /// <summary>
    /// Matches the questions and answers of a new import to the stored ones: by content id first, then by shared
    /// word pairs, so an edited story is recognised and keeps its row (and with it the user's data).
    /// </summary>
    private sealed class ReimportMerge(StoredBank target)
    {
        private readonly List<StoredQuestion> _oldQuestions = [.. target.Questions];
        private readonly List<StoredAnswer> _oldAnswers = [.. target.Questions.SelectMany(q => q.Answers)];
        private readonly Dictionary<StoredAnswer, HashSet<ulong>> _oldPairs = [];

        public List<StoredQuestion> RemovedQuestions { get; } = [];

        public List<StoredAnswer> RemovedAnswers { get; } = [];

        public int Kept { get; private set; }

        public int Added { get; private set; }

        public void Apply(Bank bank)
        {
            var unmatchedQuestions = new List<StoredQuestion>(_oldQuestions);
            var unmatchedAnswers = new List<StoredAnswer>(_oldAnswers);
            var result = new List<StoredQuestion>();
            for (var qi = 0; qi < bank.Questions.Length; qi++)
            {
                var question = bank.Questions[qi];
                var stored = TakeQuestion(unmatchedQuestions, question) ?? new StoredQuestion { Id = Guid.NewGuid(), BankId = target.Id, StableId = question.Id, Text = question.Text };
                BankMapping.CopyInto(question, stored, qi);
                stored.FollowUps.Clear();
                var answers = new List<StoredAnswer>();
                for (var ai = 0; ai < question.Answers.Length; ai++)
                {
                    answers.Add(PlaceAnswer(unmatchedAnswers, question.Answers[ai], stored, ai, followUpId: null));
                }

                for (var fi = 0; fi < question.FollowUps.Length; fi++)
                {
                    var followUp = question.FollowUps[fi];
                    var storedFollowUp = new StoredFollowUp
                    {
                        Id = Guid.NewGuid(),
                        QuestionId = stored.Id,
                        Ordinal = fi,
                        Question = followUp.Question,
                        StartLine = followUp.SourceSpan.StartLine,
                        EndLine = followUp.SourceSpan.EndLine,
                    };
                    stored.FollowUps.Add(storedFollowUp);
                    if (followUp.Answer is not null)
                    {
                        var answer = PlaceAnswer(unmatchedAnswers, followUp.Answer, stored, fi, storedFollowUp.Id);
                        storedFollowUp.Answer = answer;
                        answers.Add(answer);
                    }
                }

                stored.Answers.Clear();
                stored.Answers.AddRange(answers);
                result.Add(stored);
            }

            RemovedAnswers.AddRange(unmatchedAnswers);
            RemovedQuestions.AddRange(unmatchedQuestions);
            target.Questions.Clear();
            target.Questions.AddRange(result);
        }

        private static StoredQuestion? TakeQuestion(List<StoredQuestion> pool, Question question)
        {
            var match = pool.FirstOrDefault(q => q.StableId == question.Id)
                ?? pool.FirstOrDefault(q => string.Equals(q.Text.Trim(), question.Text.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                var pairs = WordPairs.Of(question.Text);
                match = pool
                    .Select(q => (Question: q, Overlap: WordPairs.Overlap(pairs, WordPairs.Of(q.Text))))
                    .Where(x => x.Overlap >= 0.6)
                    .OrderByDescending(x => x.Overlap)
                    .Select(x => x.Question)
                    .FirstOrDefault();
            }

            if (match is not null)
            {
                pool.Remove(match);
            }

            return match;
        }

        private StoredAnswer PlaceAnswer(List<StoredAnswer> pool, Answer answer, StoredQuestion question, int ordinal, Guid? followUpId)
        {
            var stored = TakeAnswer(pool, answer);
            if (stored is null)
            {
                stored = new StoredAnswer { Id = Guid.NewGuid(), StableId = answer.Id, Kind = string.Empty, Text = answer.Text };
                Added++;
            }
            else
            {
                Kept++;
            }

            stored.QuestionId = question.Id;
            stored.Question = question;
            stored.FollowUpId = followUpId;
            BankMapping.CopyInto(answer, stored, ordinal);
            return stored;
        }

        private StoredAnswer? TakeAnswer(List<StoredAnswer> pool, Answer answer)
        {
            var match = pool.FirstOrDefault(a => a.StableId == answer.Id);
            if (match is null && pool.Count > 0)
            {
                var pairs = WordPairs.Of(answer.Text);
                match = pool
                    .Select(a => (Answer: a, Overlap: WordPairs.Overlap(pairs, PairsOf(a))))
                    .Where(x => x.Overlap >= SameStoryOverlap)
                    .OrderByDescending(x => x.Overlap)
                    .Select(x => x.Answer)
                    .FirstOrDefault();
            }

            if (match is not null)
            {
                pool.Remove(match);
            }

            return match;
        }

        private HashSet<ulong> PairsOf(StoredAnswer answer)
        {
            if (!_oldPairs.TryGetValue(answer, out var pairs))
            {
                _oldPairs[answer] = pairs = WordPairs.Of(answer.Text);
            }

            return pairs;
        }
    }
}
