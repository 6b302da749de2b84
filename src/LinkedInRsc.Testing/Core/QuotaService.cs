namespace LinkedInRsc.Testing.Core;

/// <summary>
/// LinkedIn's per-application quotas, counted on the emulator's <see cref="TimeProvider"/>: requests per UTC day,
/// records per UTC minute, and records per batch call. Windows are fixed (the UTC minute, the UTC day) because
/// LinkedIn states its limits that way ("per minute", "per day, reset at midnight UTC").
/// </summary>
/// <remarks>
/// System.Threading.RateLimiting limiters replenish on real time and take no <see cref="TimeProvider"/>, so they
/// cannot be driven by a fake clock in tests; counting fixed windows is all this needs.
/// </remarks>
internal sealed class QuotaService
{
    private readonly TimeProvider _time;
    private readonly EmulatorQuotas _limits;
    private readonly object _sync = new();
    private readonly Dictionary<string, Window> _requestsPerDay = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Window> _recordsPerMinute = new(StringComparer.Ordinal);

    public QuotaService(TimeProvider time, EmulatorQuotas limits)
    {
        _time = time;
        _limits = limits;
    }

    /// <summary>Counts one request of the application; throws a LinkedIn-shaped 429 beyond the daily limit.</summary>
    public void ChargeRequest(string clientId)
    {
        DateTimeOffset now = _time.GetUtcNow();
        long day = now.UtcDateTime.Date.Ticks;
        lock (_sync)
        {
            Window window = Current(_requestsPerDay, clientId, day);
            if (window.Count + 1 > _limits.RequestsPerDay)
            {
                throw new LinkedInError(429, ServiceErrorCodes.Throttled,
                    $"Resource level throttle APPLICATION DAY limit for calls to this resource is reached ({_limits.RequestsPerDay} requests per day). The limit resets at midnight UTC.")
                {
                    RetryAfter = RetryAfter(TimeSpan.FromTicks(day + TimeSpan.TicksPerDay - now.UtcTicks)),
                }.AsException();
            }

            window.Count++;
        }
    }

    /// <summary>
    /// Counts <paramref name="records"/> records of the application in the current minute; throws a LinkedIn-shaped 429
    /// (and counts nothing) when that would exceed the per-minute limit.
    /// </summary>
    public void ChargeRecords(string clientId, int records)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(records);
        DateTimeOffset now = _time.GetUtcNow();
        long minute = now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMinute);
        lock (_sync)
        {
            Window window = Current(_recordsPerMinute, clientId, minute);
            if (window.Count + records > _limits.RecordsPerMinute)
            {
                throw new LinkedInError(429, ServiceErrorCodes.Throttled,
                    $"Resource level throttle APPLICATION MINUTE limit is reached: {_limits.RecordsPerMinute} records per minute ({window.Count} used this minute, {records} requested). Slow down and retry in the next minute.")
                {
                    RetryAfter = RetryAfter(TimeSpan.FromTicks(minute + TimeSpan.TicksPerMinute - now.UtcTicks)),
                }.AsException();
            }

            window.Count += records;
        }
    }

    /// <summary>The <c>Retry-After</c> of a quota 429: until the window resets, when the quotas say to send it.</summary>
    private TimeSpan? RetryAfter(TimeSpan untilReset) => _limits.SendRetryAfter ? untilReset : null;

    /// <summary>Throws a LinkedIn-shaped 400 when a batch carries more records than allowed.</summary>
    public void EnsureBatchSize(int records)
    {
        if (records > _limits.MaxRecordsPerBatch)
        {
            throw LinkedInError.BadRequest($"Too many records in one batch: {records}. Send at most {_limits.MaxRecordsPerBatch} records per call.").AsException();
        }
    }

    /// <summary>Forgets all counters.</summary>
    public void Reset()
    {
        lock (_sync)
        {
            _requestsPerDay.Clear();
            _recordsPerMinute.Clear();
        }
    }

    private static Window Current(Dictionary<string, Window> windows, string clientId, long start)
    {
        if (!windows.TryGetValue(clientId, out Window? window) || window.Start != start)
        {
            window = new Window { Start = start };
            windows[clientId] = window;
        }

        return window;
    }

    private sealed class Window
    {
        public long Start { get; init; }

        public long Count { get; set; }
    }
}
