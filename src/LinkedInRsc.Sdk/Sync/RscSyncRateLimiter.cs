namespace LinkedInRsc.Sync;

/// <summary>
/// Keeps one customer application within LinkedIn's quotas: records per minute and requests per UTC day
/// (a sliding window of one minute plus one segment, and a UTC-day counter, clocked by a <see cref="TimeProvider"/>). Share one instance between
/// every sync of the same customer application.
/// </summary>
public sealed class RscSyncRateLimiter : IDisposable
{
    private readonly long[] _ring;
    private readonly TimeProvider _time;
    private readonly TimeSpan _segment;
    private readonly int _segments;
    private readonly object _clockGate = new();
    private DateTimeOffset _lastSegment;
    private DateTime _day;
    private int _index;
    private long _recordsInWindow;
    private long _requestsToday;
    private readonly int _requestsPerDay;
    private long _waits;

    /// <summary>Creates a limiter.</summary>
    /// <param name="options">The quotas; LinkedIn's defaults when <see langword="null"/>.</param>
    /// <param name="timeProvider">The clock; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A quota is not positive, or the segment does not divide the minute.</exception>
    public RscSyncRateLimiter(RscQuotaOptions? options = null, TimeProvider? timeProvider = null)
    {
        options ??= new RscQuotaOptions();
        _time = timeProvider ?? TimeProvider.System;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RecordsPerMinute, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RequestsPerDay, 1, nameof(options));
        if (options.Segment <= TimeSpan.Zero || TimeSpan.FromMinutes(1).Ticks % options.Segment.Ticks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Segment, "Segment must be positive and divide one minute evenly (e.g. 1 second).");
        }

        RecordsPerMinute = options.RecordsPerMinute;
        _segment = options.Segment;
        _segments = (int)(TimeSpan.FromMinutes(1).Ticks / options.Segment.Ticks) + 1;
        _ring = new long[_segments];
        _requestsPerDay = options.RequestsPerDay;

        // The window is moved from the TimeProvider's time (one ring slot per elapsed segment, and a reset at each UTC
        // midnight), so a fake clock in tests drives it exactly. System.Threading.RateLimiting's limiters were tried
        // first: with AutoReplenishment off, TryReplenish still only takes effect once per *real* replenishment period,
        // so they cannot follow a TimeProvider.
        DateTimeOffset now = _time.GetUtcNow();
        _lastSegment = now;
        _day = now.UtcDateTime.Date;
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
    public async ValueTask<bool> AcquireAsync(int records, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(records, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(records, RecordsPerMinute);
        bool waited = false;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan wait;
            lock (_clockGate)
            {
                DateTimeOffset now = CatchUp();
                if (_requestsToday >= _requestsPerDay)
                {
                    wait = now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime;
                }
                else if (_recordsInWindow + records <= RecordsPerMinute)
                {
                    _ring[_index] += records;
                    _recordsInWindow += records;
                    _requestsToday++;
                    break;
                }
                else
                {
                    wait = _lastSegment + _segment - now;
                }
            }

            waited = true;
            await Task.Delay(wait > TimeSpan.Zero ? wait : _segment, _time, cancellationToken).ConfigureAwait(false);
        }

        if (waited)
        {
            Interlocked.Increment(ref _waits);
        }

        return waited;
    }

    private DateTimeOffset CatchUp()
    {
        DateTimeOffset now = _time.GetUtcNow();
        long elapsed = (now - _lastSegment).Ticks / _segment.Ticks;
        for (long i = 0; i < Math.Min(elapsed, _segments); i++)
        {
            _index = (_index + 1) % _segments;
            _recordsInWindow -= _ring[_index];
            _ring[_index] = 0;
        }

        _lastSegment += TimeSpan.FromTicks(_segment.Ticks * elapsed);
        if (now.UtcDateTime.Date > _day)
        {
            _requestsToday = 0;
            _day = now.UtcDateTime.Date;
        }

        return now;
    }

    /// <summary>The limiter's state, for diagnostics in tests.</summary>
    /// <returns>Records in the window and requests today.</returns>
    internal string Describe()
    {
        lock (_clockGate)
        {
            return $"records in window {_recordsInWindow}, requests today {_requestsToday}";
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Nothing to release today; kept so a future implementation over OS timers can release them.
    }
}
