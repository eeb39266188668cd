using Microsoft.Extensions.Time.Testing;
using StarCoach.Core.Scheduling;

namespace StarCoach.Core.Tests.Scheduling;

/// <summary>A scheduler on a fake clock that starts at <see cref="Start"/> (UTC, Monday 09:00).</summary>
public abstract class SchedulerTestBase
{
    protected SchedulerTestBase() => Scheduler = new FsrsScheduler(Clock);

    protected static DateTimeOffset Start { get; } = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected FsrsScheduler Scheduler { get; }
}
