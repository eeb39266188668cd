namespace StarCoach.Core.Scheduling;

/// <summary>A clock stopped at the moment of a past review, in the calendar of the real one: replays that review.</summary>
internal sealed class ReviewClock(DateTimeOffset at, TimeZoneInfo zone) : TimeProvider
{
    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => zone;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => at.ToUniversalTime();
}
