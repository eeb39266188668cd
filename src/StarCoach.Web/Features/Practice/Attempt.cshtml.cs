using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Practice;
using StarCoach.Data;
using StarCoach.Web.Hosting;

namespace StarCoach.Web.Features.Practice;

/// <summary>After an attempt: the review, recall against the prepared story, the follow-up probes in turn, the next practice date.</summary>
public sealed class AttemptModel(PracticeStore practice, CurrentUser user, TimeProvider time) : PageModel
{
    public Guid BankId { get; private set; }

    public string BankName { get; private set; } = string.Empty;

    public string QuestionText { get; private set; } = string.Empty;

    public AttemptDetail? Detail { get; private set; }

    public string NextDue { get; private set; } = string.Empty;

    public string Session { get; private set; } = string.Empty;

    public string NextQuery { get; private set; } = string.Empty;

    public long StartedTicks { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid attemptId, string? session, CancellationToken cancellationToken)
    {
        Detail = await practice.GetAttemptAsync(user.Id, attemptId, cancellationToken);
        var bank = await practice.LoadAsync(user.Id, id, cancellationToken);
        var schedule = await practice.ScheduleAsync(user.Id, id, cancellationToken);
        if (Detail is null || bank is null || schedule is null)
        {
            return NotFound();
        }

        var story = schedule.Stories.FirstOrDefault(s => s.Answer.Id == Detail.Attempt.AnswerId);
        if (story is null)
        {
            return NotFound();
        }

        BankId = id;
        BankName = bank.Name;
        QuestionText = story.Question.Text;
        NextDue = PracticeText.When(story.DueAt, schedule.Now);
        Session = session ?? string.Empty;
        NextQuery = NextModel.After(session, Detail.Attempt.AnswerId);
        StartedTicks = time.GetUtcNow().UtcTicks;
        return Page();
    }

    public async Task<IActionResult> OnPostProbeAsync(Guid id, Guid attemptId, int probe, string? session, long started, double? elapsed, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > AskModel.MaxAnswerChars)
        {
            return BadRequest();
        }

        var now = time.GetUtcNow();
        var startedAt = started > 0 && started <= now.UtcTicks ? new DateTimeOffset(started, TimeSpan.Zero) : now;
        var serverSeconds = (now - startedAt).TotalSeconds;
        var seconds = elapsed is { } measured && double.IsFinite(measured) && measured >= 0 && measured <= serverSeconds + 5 ? measured : serverSeconds;
        var recorded = await practice.RecordProbeAnswerAsync(user.Id, attemptId, probe, new TimedAnswer(text, startedAt, seconds), cancellationToken);
        if (recorded is null)
        {
            return NotFound();
        }

        var query = string.IsNullOrEmpty(session) ? string.Empty : "?session=" + Uri.EscapeDataString(session);
        return Redirect($"/banks/{id}/practice/attempts/{attemptId}{query}#probes");
    }
}
