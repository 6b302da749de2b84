using System.Threading.RateLimiting;

namespace LinkedInRsc.Sync;

/// <summary>
/// Keeps one customer application within LinkedIn's quotas: records per minute and requests per UTC day. Waiters are
/// served first come, first served. Share one instance between every sync of the same customer application.
/// </summary>
/// <remarks>
/// Built on <c>System.Threading.RateLimiting</c>: a <see cref="SlidingWindowRateLimiter"/> counts records over one
/// minute (plus one segment, so any 60-second span stays within the quota whatever the alignment of LinkedIn's
/// windows), and a <see cref="FixedWindowRateLimiter"/> counts requests per UTC day. Both are replenished manually by
/// timers of the <see cref="TimeProvider"/>, so a fake clock drives them exactly in tests: the BCL limiters time their
/// own replenishment with <c>Stopwatch</c>, which is why their nominal windows are a few ticks long and the timers,
/// not the limiters, decide when a segment or a day has passed.
/// </remarks>
public sealed class SyncRateLimiter : IDisposable
{
    private readonly RateLimiter _records;
    private readonly RateLimiter _requests;
    private readonly ITimer? _segmentTimer;
    private readonly ITimer? _dayTimer;
    private readonly TimeProvider _time;
    private long _waits;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">The quotas; LinkedIn's defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quota is not positive, or the segment does not divide the minute.</exception>
    public SyncRateLimiter(QuotaOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= new QuotaOptions();
        timeProvider ??= TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RecordsPerMinute, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerDay, 1, nameof(options));
        if (options.Segment <= TimeSpan.Zero || TimeSpan.FromMinutes(1).Ticks % options.Segment.Ticks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Segment, "Segment must be positive and divide one minute evenly (e.g. 1 second).");
        }

        _time = timeProvider;
        RecordsPerMinute = options.RecordsPerMinute;
        int segments = (int)(TimeSpan.FromMinutes(1).Ticks / options.Segment.Ticks) + 1;
        var records = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.RecordsPerMinute,
            SegmentsPerWindow = segments,
            Window = TimeSpan.FromTicks(segments), // nominal: the segment timer slides the window
            AutoReplenishment = false,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            QueueLimit = int.MaxValue,
        });
        var requests = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.RequestsPerDay,
            Window = TimeSpan.FromTicks(1), // nominal: the day timer opens the next window at UTC midnight
            AutoReplenishment = false,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            QueueLimit = int.MaxValue,
        });
        _segmentTimer = timeProvider.CreateTimer(static s => ((Replenisher)s!).Replenish(), new Replenisher(records), options.Segment, options.Segment);
        DateTimeOffset now = timeProvider.GetUtcNow();
        TimeSpan untilMidnight = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        _dayTimer = timeProvider.CreateTimer(static s => ((Replenisher)s!).Replenish(), new Replenisher(requests), untilMidnight, TimeSpan.FromDays(1));
        _records = records;
        _requests = requests;
    }

    /// <summary>
    /// Creates a limiter over limiters kept elsewhere (for example shared by several processes through a store), which
    /// it owns and disposes. Both must queue callers of <see cref="RateLimiter.AcquireAsync"/> until permits are free
    /// (or the wait is cancelled) rather than fail the lease.
    /// </summary>
    /// <param name="records">Counts records per minute; a lease of <c>n</c> permits is a request carrying <c>n</c> records.</param>
    /// <param name="requests">Counts requests per day; a lease of one permit is one request.</param>
    /// <param name="recordsPerMinute">The records-per-minute quota <paramref name="records"/> enforces (the most records one request may carry).</param>
    /// <exception cref="ArgumentNullException">A limiter is null.</exception>
    /// <param name="timeProvider">The clock quota waits are measured on (telemetry); <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recordsPerMinute"/> is not positive.</exception>
    public SyncRateLimiter(RateLimiter records, RateLimiter requests, int recordsPerMinute, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfLessThan(recordsPerMinute, 1);
        _records = records;
        _requests = requests;
        RecordsPerMinute = recordsPerMinute;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The records-per-minute quota.</summary>
    public int RecordsPerMinute { get; }

    /// <summary>How many times a caller had to wait for quota.</summary>
    public long Waits => Interlocked.Read(ref _waits);

    /// <summary>Waits until one request carrying <paramref name="records"/> records fits in both quotas, and takes it.</summary>
    /// <param name="records">The records the request carries (1 to the per-minute quota).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns><see langword="true"/> when the caller had to wait.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More records than the per-minute quota.</exception>
    /// <exception cref="OperationCanceledException">The wait was cancelled.</exception>
    /// <exception cref="ObjectDisposedException">The limiter was disposed.</exception>
    public async ValueTask<bool> AcquireAsync(int records, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records, RecordsPerMinute);
        cancellationToken.ThrowIfCancellationRequested();

        // Records first: a request that waits for the minute window has not yet spent one of the day's requests.
        bool waited = await TakeAsync(_records, records, "records_per_minute", cancellationToken).ConfigureAwait(false);
        waited |= await TakeAsync(_requests, 1, "requests_per_day", cancellationToken).ConfigureAwait(false);
        if (waited)
        {
            Interlocked.Increment(ref _waits);
        }

        return waited;
    }

    /// <summary>
    /// What the customer application may still send now and what callers wait for. The queued counts come from the
    /// limiters' own statistics: they drop the moment a waiter is admitted, before its continuation runs.
    /// </summary>
    /// <returns>A snapshot; counts only.</returns>
    public QuotaStatistics GetStatistics()
    {
        RateLimiterStatistics? records = _records.GetStatistics();
        RateLimiterStatistics? requests = _requests.GetStatistics();
        return new QuotaStatistics
        {
            AvailableRecords = records?.CurrentAvailablePermits ?? 0,
            QueuedRecords = records?.CurrentQueuedCount ?? 0,
            AvailableRequestsToday = requests?.CurrentAvailablePermits ?? 0,
            QueuedRequests = requests?.CurrentQueuedCount ?? 0,
            Waits = Waits,
        };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _segmentTimer?.Dispose();
        _dayTimer?.Dispose();
        _records.Dispose();
        _requests.Dispose();
    }

    private async ValueTask<bool> TakeAsync(RateLimiter limiter, int permits, string limit, CancellationToken cancellationToken)
    {
        using (RateLimitLease immediate = limiter.AttemptAcquire(permits))
        {
            if (immediate.IsAcquired)
            {
                return false;
            }
        }

        // Telemetry: the wait, on the limiter's clock, in the LinkedInRsc activity source and meter.
        using System.Diagnostics.Activity? activity = Telemetry.SdkTelemetry.Source.StartActivity("linkedinrsc.quota.wait");
        activity?.SetTag(Telemetry.SdkTelemetry.QuotaLimit, limit);
        long started = _time.GetTimestamp();
        using RateLimitLease lease = await limiter.AcquireAsync(permits, cancellationToken).ConfigureAwait(false);
        Telemetry.SdkTelemetry.QuotaWaitDuration.Record(
            _time.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>(Telemetry.SdkTelemetry.QuotaLimit, limit));
        return lease.IsAcquired
            ? true
            : throw new ObjectDisposedException(nameof(SyncRateLimiter), "The limiter was disposed while a sync waited for quota.");
    }

    /// <summary>
    /// Slides one limiter's window by one step per timer tick. The BCL limiters silently ignore a manual
    /// <see cref="ReplenishingRateLimiter.TryReplenish"/> that comes less than their nominal replenishment period (one
    /// tick here) after the previous one by <see cref="System.Diagnostics.Stopwatch"/>; a fake clock that fires many
    /// segment timers in one advance can do that, so each step first lets that tick pass. On the system clock the
    /// timers are a segment apart and this never waits.
    /// </summary>
    private sealed class Replenisher(ReplenishingRateLimiter limiter)
    {
        private readonly object _gate = new();
        private long _last = System.Diagnostics.Stopwatch.GetTimestamp();

        public void Replenish()
        {
            lock (_gate)
            {
                var spin = default(SpinWait);
                while (System.Diagnostics.Stopwatch.GetElapsedTime(_last) <= limiter.ReplenishmentPeriod)
                {
                    spin.SpinOnce(sleep1Threshold: -1);
                }

                limiter.TryReplenish();
                _last = System.Diagnostics.Stopwatch.GetTimestamp();
            }
        }
    }
}
