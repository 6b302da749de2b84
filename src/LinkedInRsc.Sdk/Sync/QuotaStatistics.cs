namespace LinkedInRsc.Sync;

/// <summary>
/// A snapshot of a <see cref="SyncRateLimiter"/>: what the customer application may still send now, and what callers
/// are waiting for. Useful for dashboards and health checks; it holds counts only, never customer data.
/// </summary>
public sealed record QuotaStatistics
{
    /// <summary>Records that fit in the current minute window.</summary>
    public required long AvailableRecords { get; init; }

    /// <summary>Records callers are waiting for, because the minute window is full.</summary>
    public required long QueuedRecords { get; init; }

    /// <summary>Requests left for the current UTC day.</summary>
    public required long AvailableRequestsToday { get; init; }

    /// <summary>Requests callers are waiting for, because the day's requests are spent.</summary>
    public required long QueuedRequests { get; init; }

    /// <summary>How many times a caller had to wait for quota since the limiter was created.</summary>
    public required long Waits { get; init; }

    /// <summary>Whether a caller is waiting for quota right now.</summary>
    public bool HasWaiters => QueuedRecords > 0 || QueuedRequests > 0;
}
