using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StarCoach.Core.Banks;
using StarCoach.Core.Practice;
using StarCoach.Core.Scheduling;
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

    /// <summary>When the story is due next, once this attempt moved it on.</summary>
    public DateTimeOffset? NextDue { get; private set; }

    /// <summary>When the page was read, for wording <see cref="NextDue"/>.</summary>
    public DateTimeOffset Now { get; private set; }

    public string Session { get; private set; } = string.Empty;

    public long StartedTicks { get; private set; }

    /// <summary>The story practised: its title, and which of its question's stories it is.</summary>
    public StoryName? Name { get; private set; }

    /// <summary>The session once this story is done: where "next" and "end session" go.</summary>
    public PracticeSession? After { get; private set; }

    /// <summary>Follow-ups the candidate passed on (indexes into the attempt's probes).</summary>
    public IReadOnlySet<int> Skipped { get; private set; } = new HashSet<int>();

    /// <summary>The follow-up to ask now, skipping those passed on; null when none is left.</summary>
    public int? NextProbe { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid attemptId, string? session, string? skipped, CancellationToken cancellationToken)
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
        NextDue = story.DueAt;
        Now = schedule.Now;
        Session = session ?? string.Empty;
        StartedTicks = time.GetUtcNow().UtcTicks;
        Name = StoryName.For(story.Question, story.Answer);
        After = PracticeSession.Parse(session).After(story.Answer.Id);
        Skipped = FollowUpSkips.Parse(skipped);
        NextProbe = Detail.NextProbeSkipping(Skipped);
        return Page();
    }

    /// <summary>The candidate changes the attempt's grade: the story is rescheduled at once, and the page shows the new grade and date.</summary>
    public async Task<IActionResult> OnPostGradeAsync(Guid id, Guid attemptId, string? grade, string? session, string? skipped, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Grade>(grade, ignoreCase: true, out var chosen) || !Enum.IsDefined(chosen))
        {
            return BadRequest();
        }

        if (await practice.ChangeGradeAsync(user.Id, attemptId, chosen, cancellationToken) is null)
        {
            return NotFound();
        }

        return Redirect(AttemptUrl(id, attemptId, session, skipped, "#grade-change"));
    }

    /// <summary>The candidate passes on a follow-up: nothing is recorded, and the next one (if any) is asked.</summary>
    public IActionResult OnPostSkipProbe(Guid id, Guid attemptId, int probe, string? session, string? skipped) =>
        Redirect(AttemptUrl(id, attemptId, session, FollowUpSkips.Format(FollowUpSkips.Parse(skipped).Append(probe))));

    public async Task<IActionResult> OnPostProbeAsync(Guid id, Guid attemptId, int probe, string? session, string? skipped, long started, double? elapsed, string? text, CancellationToken cancellationToken)
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

        return Redirect(AttemptUrl(id, attemptId, session, skipped));
    }

    private static string AttemptUrl(Guid id, Guid attemptId, string? session, string? skipped, string anchor = "#probes")
    {
        var query = QueryString.Create(new Dictionary<string, string?> { ["session"] = session, ["skipped"] = skipped }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
        return $"/banks/{id}/practice/attempts/{attemptId}{query.ToUriComponent()}{anchor}";
    }
}
