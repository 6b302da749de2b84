namespace LinkedInRsc.Notifications;

/// <summary>
/// The default <see cref="IPushDeduplicationStore"/>: claims and processed marks in memory, for one process. Bounded:
/// it keeps the newest <see cref="Capacity"/> processed notifications, each for at most <see cref="Retention"/>
/// (LinkedIn retries a failed push for hours, not weeks). A host with several instances registers a shared store.
/// </summary>
public sealed class InMemoryPushDeduplicationStore : IPushDeduplicationStore
{
    private readonly object _gate = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<(string, string), Entry> _entries = [];
    private readonly Queue<((string, string) Key, DateTimeOffset At)> _done = new();
    private long _nextToken;

    /// <summary>Creates the store.</summary>
    /// <param name="timeProvider">The clock for leases and retention.</param>
    /// <param name="capacity">The most processed notifications remembered (default 10,000).</param>
    /// <param name="retention">How long a processed notification is remembered (default 7 days).</param>
    /// <exception cref="ArgumentOutOfRangeException">Capacity or retention is not positive.</exception>
    public InMemoryPushDeduplicationStore(TimeProvider timeProvider, int capacity = 10_000, TimeSpan? retention = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Retention = retention ?? TimeSpan.FromDays(7);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Retention, TimeSpan.Zero, nameof(retention));
        _time = timeProvider;
        Capacity = capacity;
    }

    /// <summary>The most processed notifications remembered.</summary>
    public int Capacity { get; }

    /// <summary>How long a processed notification is remembered.</summary>
    public TimeSpan Retention { get; }

    /// <inheritdoc />
    public ValueTask<PushClaim> TryClaimAsync(string customerId, string notificationId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(notificationId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            Evict(now);
            var key = (customerId, notificationId);
            if (_entries.TryGetValue(key, out Entry? entry))
            {
                if (entry.Done)
                {
                    return ValueTask.FromResult(PushClaim.AlreadyProcessed);
                }

                if (entry.Expires > now)
                {
                    return ValueTask.FromResult(PushClaim.InProgress);
                }
            }

            string token = (++_nextToken).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _entries[key] = new Entry(token, now + lease, Done: false);
            return ValueTask.FromResult(PushClaim.Claimed(token));
        }
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string customerId, string notificationId, string token, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        DateTimeOffset now = _time.GetUtcNow();
        lock (_gate)
        {
            var key = (customerId, notificationId);
            if (_entries.TryGetValue(key, out Entry? entry) && !entry.Done && entry.Token == token)
            {
                _entries[key] = entry with { Done = true };
                _done.Enqueue((key, now));
                Evict(now);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string customerId, string notificationId, string token, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var key = (customerId, notificationId);
            if (_entries.TryGetValue(key, out Entry? entry) && !entry.Done && entry.Token == token)
            {
                _entries.Remove(key);
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Evict(DateTimeOffset now)
    {
        while (_done.Count > 0 && (_done.Count > Capacity || now - _done.Peek().At >= Retention))
        {
            ((string, string) key, _) = _done.Dequeue();
            if (_entries.TryGetValue(key, out Entry? entry) && entry.Done)
            {
                _entries.Remove(key);
            }
        }
    }

    private sealed record Entry(string Token, DateTimeOffset Expires, bool Done);
}
