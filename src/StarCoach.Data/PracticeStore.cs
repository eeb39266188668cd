using System.Collections.Immutable;
using Microsoft.EntityFrameworkCore;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Core.Practice;
using StarCoach.Core.Practice.Progress;
using StarCoach.Core.Review;
using StarCoach.Core.Scheduling;
using StarCoach.Data.Entities;

namespace StarCoach.Data;

/// <summary>A bank loaded for practice: the bank as the Core domain plus the owner's settings and schedule for it.</summary>
/// <param name="Level">The target level the bank is reviewed for.</param>
/// <param name="InterviewDate">The interview date, when set: scheduling makes every story fresh for it.</param>
/// <param name="Framework">The competency framework the bank is shown with.</param>
/// <param name="Cards">FSRS state by answer id (<c>a-…</c>); stories never practised have none.</param>
/// <param name="Overrides">The owner's corrections to competency tags.</param>
public sealed record PracticeBank(
    Guid BankId,
    string Name,
    Bank Bank,
    TargetLevel Level,
    DateOnly? InterviewDate,
    string Framework,
    IReadOnlyDictionary<string, CardState> Cards,
    TagOverrides Overrides);

/// <summary>A main attempt, stored, with the card it moved.</summary>
/// <param name="AttemptId">The stored attempt; probe answers are recorded against it.</param>
/// <param name="Result">Review, recall, grade and the probes to ask next.</param>
/// <param name="Card">The story's schedule after this attempt; <see cref="CardState.Due"/> is when to practise it next.</param>
public sealed record RecordedAttempt(Guid AttemptId, AttemptResult Result, CardState Card);

/// <summary>A grade the candidate changed, and the schedule it gave.</summary>
/// <param name="Grade">The grade now on the attempt and in the schedule.</param>
/// <param name="Suggested">The grade StarCoach gave.</param>
/// <param name="Card">The story's card with this attempt's review graded <paramref name="Grade"/>.</param>
/// <param name="Explanation">Why, in one sentence (<see cref="GradeExplanation"/>).</param>
public sealed record GradeChange(Guid AttemptId, Grade Grade, Grade Suggested, CardState Card, string Explanation);

/// <summary>The answer to a probe, stored.</summary>
public sealed record RecordedProbeAnswer(Guid AttemptId, ProbeResult Result);

/// <summary>A main attempt with the answers to its probes.</summary>
/// <param name="ProbeAnswers">Answers to the attempt's probes, oldest first.</param>
/// <param name="CanChangeGrade">True when the attempt's review is the story's latest, so its grade can still be changed.</param>
public sealed record AttemptDetail(AttemptRecord Attempt, ImmutableArray<AttemptRecord> ProbeAnswers, bool CanChangeGrade = false)
{
    /// <summary>The index in <see cref="AttemptRecord.Probes"/> of the first probe not answered yet; null when all are.</summary>
    public int? NextProbe => NextProbeSkipping(new HashSet<int>());

    /// <summary>True when probe <paramref name="index"/> has an answer.</summary>
    public bool IsAnswered(int index) =>
        index >= 0 && index < Attempt.Probes.Length && ProbeAnswers.Any(a => a.Probe == Attempt.Probes[index].Text);

    /// <summary>The first probe neither answered nor in <paramref name="skipped"/> (the candidate passed on it); null when none is left.</summary>
    public int? NextProbeSkipping(IReadOnlySet<int> skipped)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        for (var i = 0; i < Attempt.Probes.Length; i++)
        {
            if (!skipped.Contains(i) && !IsAnswered(i))
            {
                return i;
            }
        }

        return null;
    }
}

/// <summary>
/// Practice for one owner at a time, like <see cref="BankStore"/>: every query is filtered by owner, so an attempt,
/// card or bank of someone else is simply not found. Records attempts (reviewed, compared with the prepared story,
/// graded and scheduled by Core) and reads schedules, history and progress.
/// </summary>
public sealed class PracticeStore(StarCoachDb db, BankStore banks, TimeProvider time, PracticeCoach coach)
{
    /// <summary>The bank with the owner's schedule, or null when the owner has no such bank.</summary>
    public async Task<PracticeBank?> LoadAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var stored = await banks.ReadAsync(ownerId, bankId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var answers = db.Answers.AsNoTracking().Where(a => a.Question!.BankId == bankId && a.FollowUpId == null);
        var cards = await answers
            .Where(a => a.Card != null)
            .Select(a => new { a.StableId, a.Card!.Stability, a.Card.Difficulty, a.Card.LastReview, a.Card.Due, a.Card.Reps, a.Card.Lapses })
            .ToListAsync(cancellationToken);
        var overrides = await db.TagOverrides.AsNoTracking()
            .Join(answers, t => t.AnswerId, a => a.Id, (t, a) => new { a.StableId, t.Framework, t.CompetencyId, t.Added })
            .ToListAsync(cancellationToken);

        var byAnswer = new Dictionary<string, CardState>(StringComparer.Ordinal);
        foreach (var card in cards)
        {
            byAnswer.TryAdd(card.StableId, new CardState(card.Stability, card.Difficulty, card.LastReview, card.Due, card.Reps, card.Lapses));
        }

        return new PracticeBank(
            stored.Id,
            stored.Name,
            BankMapping.ToDomain(stored),
            TargetLevels.TryParse(stored.TargetLevel, out var level) ? level : TargetLevels.Default,
            stored.InterviewDate,
            CompetencyFrameworks.Find(stored.Framework)?.Id ?? CompetencyFrameworks.DefaultId,
            byAnswer,
            new TagOverrides([.. overrides.Select(o => new TagOverride(o.StableId, o.Framework, o.CompetencyId, o.Added ? TagOverrideAction.Add : TagOverrideAction.Remove))]));
    }

    /// <summary>Every story of the bank with when it is due, or null when the owner has no such bank.</summary>
    public async Task<PracticeSchedule?> ScheduleAsync(string ownerId, Guid bankId, CancellationToken cancellationToken = default)
    {
        var bank = await LoadAsync(ownerId, bankId, cancellationToken);
        return bank is null ? null : new PracticePlanner(time).Schedule(bank.Bank, bank.Cards, bank.InterviewDate);
    }

    /// <summary>The stories of a session (what is due, or what the filter selects), or null when the owner has no such bank.</summary>
    public async Task<PracticePlan?> PlanAsync(string ownerId, Guid bankId, PracticeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var bank = await LoadAsync(ownerId, bankId, cancellationToken);
        if (bank is null)
        {
            return null;
        }

        var tags = filter.Competency is { } competency ? Tags(bank, competency.Framework) : null;
        return new PracticePlanner(time).Plan(bank.Bank, bank.Cards, filter with { Level = bank.Level }, bank.InterviewDate, tags);
    }

    /// <summary>
    /// Reviews and stores a main attempt at answer <paramref name="answerId"/>: review, recall, grade and probes from
    /// <see cref="PracticeCoach"/>, then the story's card moves on by the grade (FSRS), no later than the interview.
    /// Null when the owner has no such bank or the bank no such main answer.
    /// </summary>
    public async Task<RecordedAttempt?> RecordAttemptAsync(string ownerId, Guid bankId, string answerId, PracticeMode mode, TimedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var bank = await LoadAsync(ownerId, bankId, cancellationToken);
        var story = bank?.Bank.AllAnswers().FirstOrDefault(s => s.Answer.Id == answerId);
        if (bank is null || story is not { } found)
        {
            return null;
        }

        var stored = await db.Answers.Include(a => a.Card)
            .FirstOrDefaultAsync(a => a.StableId == answerId && a.FollowUpId == null && a.Question!.BankId == bankId && a.Question.Bank!.OwnerId == ownerId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var result = coach.Evaluate(found.Question, found.Answer, mode, answer, bank.Level);
        var before = bank.Cards.GetValueOrDefault(answerId);
        var card = new PracticePlanner(time).NextCard(before, result.Grade, bank.InterviewDate);
        if (stored.Card is null)
        {
            stored.Card = new ScheduleCard { AnswerId = stored.Id };
            db.Cards.Add(stored.Card);
        }

        stored.Card.Stability = card.Stability;
        stored.Card.Difficulty = card.Difficulty;
        stored.Card.LastReview = card.LastReview;
        stored.Card.Due = card.Due;
        stored.Card.Reps = card.Reps;
        stored.Card.Lapses = card.Lapses;

        var attempt = new PracticeAttempt
        {
            Id = Guid.NewGuid(),
            AnswerId = stored.Id,
            StartedAt = answer.StartedAt,
            DurationSeconds = answer.Seconds,
            BudgetSeconds = result.BudgetSeconds,
            Mode = PracticeModes.Name(mode),
            Text = answer.Text ?? string.Empty,
            OverallScore = result.Review.Overall,
            Recall = result.Recall.Score,
            Grade = (int)result.Grade,
            ReviewedAt = card.LastReview,
            CardBeforeJson = before is null ? null : PracticeJson.SerializeCard(before),
            ReviewJson = PracticeJson.SerializeReview(result.Review, result.Probes),
            RecallJson = PracticeJson.SerializeRecall(result.Recall, result.Explanation),
        };
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedAttempt(attempt.Id, result, card);
    }

    /// <summary>
    /// Reviews and stores the answer to probe <paramref name="probeIndex"/> of a main attempt, as a follow-up answer.
    /// Null when the owner has no such attempt or it has no such probe.
    /// </summary>
    public async Task<RecordedProbeAnswer?> RecordProbeAnswerAsync(string ownerId, Guid attemptId, int probeIndex, TimedAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var parent = await OwnedAttempts(ownerId)
            .Where(x => x.Attempt.Id == attemptId && x.Attempt.ParentAttemptId == null)
            .Select(x => new { x.Attempt.Mode, x.Attempt.ReviewJson, x.QuestionRowId, x.BankId })
            .FirstOrDefaultAsync(cancellationToken);
        if (parent is null)
        {
            return null;
        }

        var (_, probes) = PracticeJson.DeserializeReview(parent.ReviewJson);
        if (probeIndex < 0 || probeIndex >= probes.Length)
        {
            return null;
        }

        var question = await db.Questions.AsNoTracking()
            .Include(q => q.Answers).ThenInclude(a => a.Sections)
            .Include(q => q.FollowUps)
            .AsSplitQuery()
            .FirstOrDefaultAsync(q => q.Id == parent.QuestionRowId, cancellationToken);
        if (question is null)
        {
            return null;
        }

        var levelName = await db.Banks.Where(b => b.Id == parent.BankId).Select(b => b.TargetLevel).FirstAsync(cancellationToken);
        var level = TargetLevels.TryParse(levelName, out var parsed) ? parsed : TargetLevels.Default;
        var result = coach.EvaluateProbe(BankMapping.ToDomain(question), probes[probeIndex], answer, level);
        var answerRowId = await db.Attempts.Where(a => a.Id == attemptId).Select(a => a.AnswerId).FirstAsync(cancellationToken);
        var attempt = new PracticeAttempt
        {
            Id = Guid.NewGuid(),
            AnswerId = answerRowId,
            ParentAttemptId = attemptId,
            Probe = result.Probe.Text,
            StartedAt = answer.StartedAt,
            DurationSeconds = answer.Seconds,
            BudgetSeconds = result.BudgetSeconds,
            Mode = parent.Mode,
            Text = answer.Text ?? string.Empty,
            OverallScore = result.Review.Overall,
            ReviewJson = PracticeJson.SerializeReview(result.Review, []),
        };
        db.Attempts.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedProbeAnswer(attempt.Id, result);
    }

    /// <summary>A main attempt with the answers to its probes, or null when the owner has no such main attempt.</summary>
    public async Task<AttemptDetail?> GetAttemptAsync(string ownerId, Guid attemptId, CancellationToken cancellationToken = default)
    {
        var rows = await Records(OwnedAttempts(ownerId).Where(x => x.Attempt.Id == attemptId || x.Attempt.ParentAttemptId == attemptId), cancellationToken);
        var main = rows.FirstOrDefault(r => r.Id == attemptId && !r.IsProbeAnswer);
        if (main is null)
        {
            return null;
        }

        var latest = await LatestReviewAsync(ownerId, attemptId, cancellationToken);
        return new AttemptDetail(main, [.. rows.Where(r => r.ParentAttemptId == attemptId).OrderBy(r => r.StartedAt)], latest is not null);
    }

    /// <summary>
    /// Changes the grade of a main attempt to <paramref name="grade"/> and replaces its review in the story's schedule
    /// (FSRS, from the card as it was before the attempt, at the time of the attempt): the schedule has one review per
    /// attempt, whatever the grade. Null when the owner has no such main attempt or a later attempt has reviewed the
    /// story since (its review built on this one).
    /// </summary>
    public async Task<GradeChange?> ChangeGradeAsync(string ownerId, Guid attemptId, Grade grade, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(grade) || await LatestReviewAsync(ownerId, attemptId, cancellationToken) is not var (attempt, card))
        {
            return null;
        }

        var interview = await db.Answers.Where(a => a.Id == attempt.AnswerId).Select(a => a.Question!.Bank!.InterviewDate).FirstAsync(cancellationToken);
        var suggested = attempt.SuggestedGrade is >= 1 and <= 4 ? (Grade)attempt.SuggestedGrade : (Grade)attempt.Grade;
        var next = new PracticePlanner(time).Regrade(PracticeJson.DeserializeCard(attempt.CardBeforeJson), grade, attempt.ReviewedAt!.Value, interview);
        (card.Stability, card.Difficulty, card.LastReview, card.Due, card.Reps, card.Lapses) = (next.Stability, next.Difficulty, next.LastReview, next.Due, next.Reps, next.Lapses);
        attempt.Grade = (int)grade;
        attempt.SuggestedGrade = grade == suggested ? 0 : (int)suggested;
        attempt.ReviewedAt = next.LastReview;

        var recall = PracticeJson.DeserializeRecall(attempt.RecallJson) ?? new Core.Practice.Recall.RecallReport([], attempt.Recall);
        var decision = GradeMapper.Decide(attempt.OverallScore, Math.Clamp(attempt.Recall, 0, 1), Math.Max(0, attempt.DurationSeconds - attempt.BudgetSeconds), Math.Max(1, attempt.BudgetSeconds));
        var explanation = GradeExplanation.For(decision, attempt.OverallScore, recall, Math.Max(0, attempt.DurationSeconds - attempt.BudgetSeconds), Math.Max(1, attempt.BudgetSeconds), grade);
        attempt.RecallJson = PracticeJson.SerializeRecall(recall, explanation);
        await db.SaveChangesAsync(cancellationToken);
        return new GradeChange(attempt.Id, grade, suggested, next, explanation);
    }

    /// <summary>The owner's main attempt, tracked, with the story's card, when the attempt's review is the card's latest.</summary>
    private async Task<(PracticeAttempt Attempt, ScheduleCard Card)?> LatestReviewAsync(string ownerId, Guid attemptId, CancellationToken cancellationToken)
    {
        var attempt = await db.Attempts
            .FirstOrDefaultAsync(a => a.Id == attemptId && a.ParentAttemptId == null && db.Answers.Any(s => s.Id == a.AnswerId && s.Question!.Bank!.OwnerId == ownerId), cancellationToken);
        var card = attempt?.ReviewedAt is null ? null : await db.Cards.FirstOrDefaultAsync(c => c.AnswerId == attempt.AnswerId, cancellationToken);

        // PostgreSQL keeps microseconds: the same instant can come back a few ticks apart.
        return attempt is not null && card is not null && Math.Abs((card.LastReview - attempt.ReviewedAt!.Value).TotalMilliseconds) < 1 ? (attempt, card) : null;
    }

    /// <summary>Attempts at the bank (main attempts and probe answers), newest first; only one story's when <paramref name="answerId"/> is given.</summary>
    public async Task<IReadOnlyList<AttemptRecord>> HistoryAsync(string ownerId, Guid bankId, string? answerId = null, CancellationToken cancellationToken = default)
    {
        var query = OwnedAttempts(ownerId).Where(x => x.BankId == bankId);
        if (answerId is not null)
        {
            query = query.Where(x => x.AnswerId == answerId);
        }

        var records = await Records(query, cancellationToken);
        return [.. records.OrderByDescending(r => r.StartedAt).ThenBy(r => r.IsProbeAnswer)];
    }

    /// <summary>
    /// Progress on the bank: scores per rubric dimension and per competency of <paramref name="framework"/> (the
    /// bank's framework when null) over time, attempts per day, stories never practised, time over budget. Days are
    /// calendar days in the clock's local time zone. Null when the owner has no such bank.
    /// </summary>
    public async Task<ProgressReport?> ProgressAsync(string ownerId, Guid bankId, string? framework = null, CancellationToken cancellationToken = default)
    {
        var bank = await LoadAsync(ownerId, bankId, cancellationToken);
        if (bank is null)
        {
            return null;
        }

        var chosen = CompetencyFrameworks.Find(framework ?? bank.Framework) ?? CompetencyFrameworks.Get(CompetencyFrameworks.DefaultId);
        var attempts = await HistoryAsync(ownerId, bankId, cancellationToken: cancellationToken);
        return ProgressBuilder.Build(bank.Bank, attempts, chosen, Tags(bank, chosen.Id), time.LocalTimeZone);
    }

    /// <summary>Sets or clears the bank's interview date; false when the owner has no such bank.</summary>
    public async Task<bool> SetInterviewDateAsync(string ownerId, Guid bankId, DateOnly? date, CancellationToken cancellationToken = default)
    {
        var bank = await db.Banks.FirstOrDefaultAsync(b => b.Id == bankId && b.OwnerId == ownerId, cancellationToken);
        if (bank is null)
        {
            return false;
        }

        bank.InterviewDate = date;
        bank.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static BankCompetencies Tags(PracticeBank bank, string framework) =>
        new CompetencyTagger([CompetencyFrameworks.Get(framework)]).TagBank(bank.Bank, bank.Overrides);

    // Properties set by an initializer, not a constructor, so EF Core can still filter on them after the projection.
    private sealed class OwnedAttempt
    {
        public required PracticeAttempt Attempt { get; init; }

        public required string AnswerId { get; init; }

        public required string QuestionId { get; init; }

        public Guid QuestionRowId { get; init; }

        public Guid BankId { get; init; }
    }

    /// <summary>Attempts whose story belongs to a bank of the owner, with the ids that name them in Core.</summary>
    private IQueryable<OwnedAttempt> OwnedAttempts(string ownerId) =>
        from attempt in db.Attempts.AsNoTracking()
        join answer in db.Answers on attempt.AnswerId equals answer.Id
        where answer.Question!.Bank!.OwnerId == ownerId
        select new OwnedAttempt
        {
            Attempt = attempt,
            AnswerId = answer.StableId,
            QuestionId = answer.Question!.StableId,
            QuestionRowId = answer.QuestionId,
            BankId = answer.Question!.BankId,
        };

    private static async Task<List<AttemptRecord>> Records(IQueryable<OwnedAttempt> query, CancellationToken cancellationToken)
    {
        var rows = await query.ToListAsync(cancellationToken);
        return [.. rows.Select(row =>
        {
            var a = row.Attempt;
            var (review, probes) = PracticeJson.DeserializeReview(a.ReviewJson);
            return new AttemptRecord(
                a.Id,
                row.QuestionId,
                row.AnswerId,
                a.ParentAttemptId,
                a.Probe,
                a.StartedAt,
                a.DurationSeconds,
                a.BudgetSeconds,
                PracticeModes.TryParse(a.Mode, out var mode) ? mode : PracticeMode.Full,
                a.Text,
                a.OverallScore,
                a.Recall,
                a.Grade is >= 1 and <= 4 ? (Grade)a.Grade : null,
                review,
                a.ParentAttemptId is null ? PracticeJson.DeserializeRecall(a.RecallJson) : null,
                probes)
            {
                SuggestedGrade = a.SuggestedGrade is >= 1 and <= 4 ? (Grade)a.SuggestedGrade : null,
                StoredExplanation = PracticeJson.DeserializeExplanation(a.RecallJson),
            };
        })];
    }
}
