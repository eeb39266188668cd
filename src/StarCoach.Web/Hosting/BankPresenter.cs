using Microsoft.Extensions.Caching.Memory;
using StarCoach.Core.Banks;
using StarCoach.Core.Review;
using StarCoach.Data;
using StarCoach.Data.Entities;

namespace StarCoach.Web.Hosting;

/// <summary>An answer of a bank with its review; <see cref="FollowUp"/> is set for the answer to a follow-up.</summary>
public sealed record ReviewedAnswer(Question Question, Answer Answer, FollowUp? FollowUp, AnswerReview Review);

/// <summary>A bank ready to show: its stored settings, the domain bank and every answer reviewed at the bank's level.</summary>
public sealed record BankPage(StoredBank Stored, Bank Bank, TargetLevel Level, IReadOnlyList<ReviewedAnswer> Answers)
{
    public IEnumerable<ReviewedAnswer> AnswersOf(Question question) => Answers.Where(a => ReferenceEquals(a.Question, question));

    public ReviewedAnswer? Find(string answerId) => Answers.FirstOrDefault(a => a.Answer.Id == answerId);
}

/// <summary>
/// Loads a bank of the current user and reviews its answers for display. Reviewed banks are cached by bank, last
/// change and level: a page view costs one small query once the bank has been seen, and any change (edit,
/// re-import, new level) makes a new key, so nothing stale is ever shown.
/// </summary>
public sealed class BankPresenter(BankStore store, CurrentUser user, AnswerReviewer reviewer, IMemoryCache cache)
{
    // Scoped: a page that asks twice in one request (the answer and its tags) pays for the version query once.
    private BankPage? _loaded;

    public async Task<BankPage?> LoadAsync(Guid bankId, CancellationToken cancellationToken)
    {
        if (_loaded?.Stored.Id == bankId)
        {
            return _loaded;
        }

        _loaded = await LoadCurrentAsync(bankId, cancellationToken);
        return _loaded;
    }

    private async Task<BankPage?> LoadCurrentAsync(Guid bankId, CancellationToken cancellationToken)
    {
        var owner = user.Id;
        if (await store.VersionAsync(owner, bankId, cancellationToken) is not { } version)
        {
            return null;
        }

        var key = (bankId, owner, version.UpdatedAt.UtcTicks, version.TargetLevel);
        if (cache.TryGetValue(key, out BankPage? cached))
        {
            return cached;
        }

        var stored = await store.ReadAsync(owner, bankId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var page = Review(stored);
        cache.Set(key, page, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        return page;
    }

    private BankPage Review(StoredBank stored)
    {
        var bank = BankStore.ToDomain(stored);
        var level = TargetLevels.TryParse(stored.TargetLevel, out var parsed) ? parsed : TargetLevels.Default;
        var answers = new List<ReviewedAnswer>();
        foreach (var question in bank.Questions)
        {
            foreach (var answer in question.Answers)
            {
                answers.Add(new ReviewedAnswer(question, answer, null, reviewer.Review(answer, question, level)));
            }

            foreach (var followUp in question.FollowUps.Where(f => f.Answer is not null))
            {
                answers.Add(new ReviewedAnswer(question, followUp.Answer!, followUp, reviewer.ReviewFollowUp(followUp, question, level)));
            }
        }

        return new BankPage(stored, bank, level, answers);
    }
}
