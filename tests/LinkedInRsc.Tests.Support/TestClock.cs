using Microsoft.Extensions.Time.Testing;

namespace LinkedInRsc.Tests.Support;

/// <summary>
/// The one fake clock of the tests: a <see cref="FakeTimeProvider"/> that also knows about the timers armed on it, so
/// a test can move time exactly to what the code under test waits for and never while it works:
/// <list type="bullet">
/// <item><see cref="NextDue"/>: when the earliest pending timer is due (a quota window, a backoff, a poll);</item>
/// <item><see cref="TimerCreated"/>: raised with the due time and period of every timer created;</item>
/// <item><see cref="WaitForTimerAsync"/>: completes once a timer of a given delay is pending (also when an existing
/// timer is re-armed, as Polly does with its pooled timeout timers).</item>
/// </list>
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    /// <summary>The tests' "now" unless a test needs another: a Monday, 09:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly Dictionary<TrackedTimer, DateTimeOffset> _due = [];
    private readonly List<(TimeSpan DueTime, DateTimeOffset Deadline)> _armed = [];
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Creates a clock at <paramref name="start"/> (default <see cref="DefaultStart"/>).</summary>
    /// <param name="start">The first "now".</param>
    public TestClock(DateTimeOffset? start = null)
        : base(start ?? DefaultStart)
    {
    }

    /// <summary>Raised with the due time and period of every timer created.</summary>
    public event Action<TimeSpan, TimeSpan>? TimerCreated;

    /// <summary>The delays of every timer armed so far (created or re-armed), in order.</summary>
    public IReadOnlyList<TimeSpan> CreatedTimers
    {
        get
        {
            lock (_gate)
            {
                return [.. _armed.Select(a => a.DueTime)];
            }
        }
    }

    /// <summary>When the earliest pending timer is due; periodic timers (a quota limiter's window) count only when asked for.</summary>
    /// <param name="includePeriodic">Whether periodic timers count.</param>
    /// <returns>The due time, or <see langword="null"/> when nothing waits.</returns>
    public DateTimeOffset? NextDue(bool includePeriodic = true)
    {
        lock (_gate)
        {
            DateTimeOffset[] due = [.. _due.Where(d => includePeriodic || !d.Key.IsPeriodic).Select(d => d.Value)];
            return due.Length == 0 ? null : due.Min();
        }
    }

    /// <summary>
    /// Completes when a timer of <paramref name="dueTime"/> is pending: armed and not yet due on the fake clock. Timers
    /// that already fired do not count. Gives up after 30 seconds of real time, so a test that waits for a timer that
    /// never comes fails instead of hanging.
    /// </summary>
    /// <param name="dueTime">The delay of the timer.</param>
    /// <returns>A task that completes when such a timer is pending.</returns>
    public Task WaitForTimerAsync(TimeSpan dueTime)
    {
        lock (_gate)
        {
            DateTimeOffset now = GetUtcNow();
            if (_armed.Any(a => a.DueTime == dueTime && a.Deadline > now))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((dueTime, signal));
            return signal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new TrackedTimer(this, period);
        timer.Inner = base.CreateTimer(s => { timer.Fired(); callback(s); }, state, dueTime, period);
        timer.Schedule(dueTime);
        Armed(dueTime);
        TimerCreated?.Invoke(dueTime, period);
        return timer;
    }

    private void Armed(TimeSpan dueTime)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return;
        }

        lock (_gate)
        {
            _armed.Add((dueTime, GetUtcNow() + dueTime));
            foreach ((TimeSpan DueTime, TaskCompletionSource Signal) waiter in _waiters.Where(w => w.DueTime == dueTime).ToList())
            {
                waiter.Signal.TrySetResult();
                _waiters.Remove(waiter);
            }
        }
    }

    /// <summary>A timer of the clock that keeps the clock's view of when it is due up to date.</summary>
    private sealed class TrackedTimer(TestClock owner, TimeSpan period) : ITimer
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
            owner.Armed(dueTime);
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
