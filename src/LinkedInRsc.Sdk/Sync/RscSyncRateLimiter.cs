using System.Threading.RateLimiting;

namespace LinkedInRsc.Sync;

/// <summary>
/// Keeps one customer application within LinkedIn's quotas: records per minute and requests per UTC day
/// (<see cref="System.Threading.RateLimiting"/>, clocked by a <see cref="TimeProvider"/>). Share one instance between
/// every sync of the same customer application.
/// </summary>
public sealed class RscSyncRateLimiter : IDisposable
{
    private readonly SlidingWindowRateLimiter _records;
    private readonly FixedWindowRateLimiter _requests;
    private readonly ITimer _segmentTimer;
    private readonly ITimer _dayTimer;
    private long _waits;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">The quotas; LinkedIn's defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quota is not positive, or the segment does not divide the minute.</exception>
    public RscSyncRateLimiter(RscQuotaOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= new RscQuotaOptions();
        timeProvider ??= TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RecordsPerMinute, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerDay, 1, nameof(options));
        if (options.Segment <= TimeSpan.Zero || TimeSpan.FromMinutes(1).Ticks % options.Segment.Ticks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Segment, "Segment must be positive and divide one minute evenly (e.g. 1 second).");
        }

        RecordsPerMinute = options.RecordsPerMinute;
        int segments = (int)(TimeSpan.FromMinutes(1).Ticks / options.Segment.Ticks) + 1;
        _records = new SlidingWindowRateLimiter(new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.RecordsPerMinute,
            Window = options.Segment * segments,
            SegmentsPerWindow = segments,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        });
        _requests = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.RequestsPerDay,
            Window = TimeSpan.FromDays(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = false,
        });

        // Replenishment is driven by the TimeProvider (the limiters take no clock), so tests move time with a fake one.
        _segmentTimer = timeProvider.CreateTimer(static s => ((SlidingWindowRateLimiter)s!).TryReplenish(), _records, options.Segment, options.Segment);
        DateTimeOffset now = timeProvider.GetUtcNow();
        TimeSpan untilMidnight = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
        _dayTimer = timeProvider.CreateTimer(static s => ((FixedWindowRateLimiter)s!).TryReplenish(), _requests, untilMidnight, TimeSpan.FromDays(1));
    }

    /// <summary>Raised after a caller joined a queue to wait for quota (a test seam: a fake clock is advanced then).</summary>
    internal event Action? Queued;

    /// <summary>How many callers wait for quota right now.</summary>
    internal long QueuedCount => (_records.GetStatistics()?.CurrentQueuedCount ?? 0) + (_requests.GetStatistics()?.CurrentQueuedCount ?? 0);

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
    public async ValueTask<bool> AcquireAsync(int records, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records, RecordsPerMinute);
        bool waited = false;
        RateLimitLease request = _requests.AttemptAcquire(1);
        if (!request.IsAcquired)
        {
            request.Dispose();
            waited = true;
            ValueTask<RateLimitLease> queuedRequest = _requests.AcquireAsync(1, cancellationToken);
            Queued?.Invoke();
            request = await queuedRequest.ConfigureAwait(false);
        }

        using (request)
        {
            EnsureAcquired(request);
            RateLimitLease lease = _records.AttemptAcquire(records);
            if (!lease.IsAcquired)
            {
                lease.Dispose();
                waited = true;
                ValueTask<RateLimitLease> queuedLease = _records.AcquireAsync(records, cancellationToken);
                Queued?.Invoke();
                lease = await queuedLease.ConfigureAwait(false);
            }

            using (lease)
            {
                EnsureAcquired(lease);
            }
        }

        if (waited)
        {
            Interlocked.Increment(ref _waits);
        }

        return waited;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _segmentTimer.Dispose();
        _dayTimer.Dispose();
        _records.Dispose();
        _requests.Dispose();
    }

    private static void EnsureAcquired(RateLimitLease lease)
    {
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException("The rate limiter refused the request (it was disposed, or its queue is full).");
        }
    }
}
