using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Sdk.Tests.Sync;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows when its earliest timer is due, so a test can move the clock exactly
/// to the next thing someone waits for (a quota window, a backoff, a poll) and never while work is running.
/// </summary>
internal sealed class DrivenTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly object _gate = new();
    private readonly Dictionary<Tracked, DateTimeOffset> _due = [];

    /// <summary>The next due timer; periodic timers (a quota limiter's window) count only when asked for.</summary>
    public DateTimeOffset? NextDue(bool includePeriodic = true)
    {
        lock (_gate)
        {
            var due = _due.Where(d => includePeriodic || !d.Key.IsPeriodic).Select(d => d.Value).ToList();
            return due.Count == 0 ? null : due.Min();
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new Tracked(this, period);
        tracked.Inner = base.CreateTimer(s => { tracked.Fired(); callback(s); }, state, dueTime, period);
        tracked.Schedule(dueTime);
        return tracked;
    }

    private sealed class Tracked(DrivenTimeProvider owner, TimeSpan period) : ITimer
    {
        private TimeSpan _period = period;

        public ITimer Inner { get; set; } = null!;

        public bool IsPeriodic => _period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero;

        public void Schedule(TimeSpan dueTime)
        {
            lock (owner._gate)
            {
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    owner._due.Remove(this);
                }
                else
                {
                    owner._due[this] = owner.GetUtcNow() + dueTime;
                }
            }
        }

        public void Fired() => Schedule(_period);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            Schedule(dueTime);
            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Schedule(Timeout.InfiniteTimeSpan);
            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
