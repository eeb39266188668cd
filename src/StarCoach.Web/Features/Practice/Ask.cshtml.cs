using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice;
using StarCoach.Core.Review;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>One question with a visible countdown and a box for the answer.</summary>
public sealed class AskModel(PracticeStore practice, CurrentUser user, TimeProvider time) : PageModel
{
    /// <summary>Longest answer accepted (about an hour of speech).</summary>
    public const int MaxAnswerChars = AnswerReviewer.MaxTypedChars;

    public Guid BankId { get; private set; }

    public string BankName { get; private set; } = string.Empty;

    public PracticeItem? Item { get; private set; }

    public string Session { get; private set; } = string.Empty;

    /// <summary>The session this question belongs to: how far it has got, where "End session" goes.</summary>
    public PracticeSession Progress { get; private set; } = PracticeSession.Parse(null);

    /// <summary>Which story of the question is asked for: its title, and "Story 2 of 3" when there are several.</summary>
    public StoryName? Name { get; private set; }

    /// <summary>When the question was shown, as UTC ticks: the server's own clock times answers when scripts are off.</summary>
    public long StartedTicks { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? answerId, string? mode, string? session, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(answerId))
        {
            return Redirect($"/banks/{id}/practice/next");
        }

        PracticeMode? chosen = PracticeModes.TryParse(mode, out var parsed) ? parsed : null;
        var plan = await practice.PlanAsync(user.Id, id, new PracticeFilter { AnswerIds = [answerId], Mode = chosen, Count = 1 }, cancellationToken);
        var bank = await practice.LoadAsync(user.Id, id, cancellationToken);
        Item = plan?.Items.FirstOrDefault();
        if (Item is null || bank is null)
        {
            return NotFound();
        }

        BankId = id;
        BankName = bank.Name;
        Session = session ?? string.Empty;
        Progress = PracticeSession.Parse(session);
        Name = StoryName.For(Item.Question, Item.Answer);
        StartedTicks = time.GetUtcNow().UtcTicks;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string answerId, string? mode, string? session, long started, double? elapsed, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxAnswerChars || !PracticeModes.TryParse(mode, out var chosen))
        {
            return BadRequest();
        }

        var now = time.GetUtcNow();
        var startedAt = started > 0 && started <= now.UtcTicks ? new DateTimeOffset(started, TimeSpan.Zero) : now;
        var serverSeconds = (now - startedAt).TotalSeconds;

        // The page's own timer is more precise than a round trip; trust it while it agrees with the server's clock.
        var seconds = elapsed is { } measured && double.IsFinite(measured) && measured >= 0 && measured <= serverSeconds + 5 ? measured : serverSeconds;
        var recorded = await practice.RecordAttemptAsync(user.Id, id, answerId, chosen, new TimedAnswer(text, startedAt, seconds), cancellationToken);
        if (recorded is null)
        {
            return NotFound();
        }

        var query = string.IsNullOrEmpty(session) ? string.Empty : "?session=" + Uri.EscapeDataString(session);
        return Redirect($"/banks/{id}/practice/attempts/{recorded.AttemptId}{query}");
    }
}
