using Microsoft.Extensions.Caching.Memory;
using StarCoach.Core.Banks;
using StarCoach.Core.Competencies;
using StarCoach.Data;

namespace StarCoach.Web.Hosting;

/// <summary>A bank's competency coverage under one framework, with the bank it was computed for.</summary>
public sealed record CoveragePage(BankPage Bank, CoverageReport Report);

/// <summary>
/// Competency tags and coverage of the current user's banks, with their tag overrides applied. Results are cached
/// with the bank's version (a tag change bumps it), like the reviews.
/// </summary>
public sealed class BankInsights(BankPresenter presenter, TagOverrideStore overrides, CurrentUser user, CompetencyTagger tagger, IMemoryCache cache)
{
    public async Task<CoveragePage?> CoverageAsync(Guid bankId, string framework, CancellationToken cancellationToken)
    {
        var page = await presenter.LoadAsync(bankId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var key = ("coverage", bankId, user.Id, page.Stored.UpdatedAt.UtcTicks, framework);
        if (!cache.TryGetValue(key, out CoverageReport? report) || report is null)
        {
            var tags = await overrides.LoadAsync(user.Id, bankId, cancellationToken);
            report = CoverageAnalyzer.Analyze(page.Bank, CompetencyFrameworks.Get(framework), tags);
            cache.Set(key, report, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }

        return new CoveragePage(page, report);
    }

    /// <summary>Tags strong enough to group a question under on a cheat sheet.</summary>
    public const double GroupingConfidence = 0.5;

    /// <summary>
    /// The bank with each question's competencies filled in from its answers' tags (default framework, overrides
    /// applied), so exports can group questions by competency.
    /// </summary>
    public async Task<Bank> WithCompetenciesAsync(Guid bankId, Bank bank, CancellationToken cancellationToken)
    {
        var tags = await TagsAsync(bankId, cancellationToken);
        if (tags is null)
        {
            return bank;
        }

        var questions = bank.Questions.Select(question => question with
        {
            Competencies = [.. question.Answers
                .SelectMany(answer => tags.ForAnswer(answer.Id))
                .Where(tag => tag.Framework == CompetencyFrameworks.DefaultId && (tag.AddedByUser || tag.Confidence >= GroupingConfidence))
                .GroupBy(tag => tag.CompetencyId)
                .Select(group => group.OrderByDescending(tag => tag.Confidence).First())
                .OrderByDescending(tag => tag.Confidence)
                .Select(tag => new CompetencyTag(tag.Framework, tag.CompetencyId, tag.Evidence.IsEmpty ? string.Empty : tag.Evidence[0].Sentence))],
        });
        return bank with { Questions = [.. questions] };
    }

    /// <summary>The competencies of every answer of the bank, the user's overrides applied.</summary>
    public async Task<BankCompetencies?> TagsAsync(Guid bankId, CancellationToken cancellationToken)
    {
        var page = await presenter.LoadAsync(bankId, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var key = ("tags", bankId, user.Id, page.Stored.UpdatedAt.UtcTicks);
        if (!cache.TryGetValue(key, out BankCompetencies? tags) || tags is null)
        {
            tags = tagger.TagBank(page.Bank, await overrides.LoadAsync(user.Id, bankId, cancellationToken), cancellationToken: cancellationToken);
            cache.Set(key, tags, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(30) });
        }

        return tags;
    }
}
