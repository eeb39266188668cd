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

/// <summary>Loads a bank of the current user and reviews its answers for display.</summary>
public sealed class BankPresenter(BankStore store, CurrentUser user, AnswerReviewer reviewer)
{
    public async Task<BankPage?> LoadAsync(Guid bankId, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(user.Id, bankId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

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
