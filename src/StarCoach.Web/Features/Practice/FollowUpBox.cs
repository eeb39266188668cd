namespace StarCoach.Web.Features.Practice;

/// <summary>What the follow-up form (<c>_FollowUpBox</c>) posts back: which probe, the session, the skips so far, the start.</summary>
/// <param name="Skipped">The follow-ups passed on so far, as the query carries them (<see cref="FollowUpSkips.Format"/>).</param>
/// <param name="StartedTicks">When the page was shown (UTC ticks): the server's timing when scripts are off.</param>
public sealed record FollowUpBox(int Probe, string Session, string Skipped, long StartedTicks);
