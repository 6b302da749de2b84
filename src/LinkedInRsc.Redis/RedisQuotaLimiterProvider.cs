using LinkedInRsc.Sync;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// Creates quota limiters whose counts live in Redis, one pair per customer application: records over the minute plus
/// one segment (as the in-memory limiter counts them) and requests per UTC day.
/// </summary>
internal sealed class RedisQuotaLimiterProvider(IConnectionMultiplexer redis, RedisKeys keys, TimeProvider time, RedisAvailability availability) : IQuotaLimiterProvider
{
    public SyncRateLimiter Create(string application, QuotaOptions quotas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(application);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentOutOfRangeException.ThrowIfLessThan(quotas.RecordsPerMinute, 1, nameof(quotas));
        ArgumentOutOfRangeException.ThrowIfLessThan(quotas.RequestsPerDay, 1, nameof(quotas));
        if (quotas.Segment < TimeSpan.FromMilliseconds(1) || TimeSpan.FromMinutes(1).Ticks % quotas.Segment.Ticks != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(quotas), quotas.Segment, "Segment must be at least a millisecond and divide one minute evenly (e.g. 1 second).");
        }

        int segments = (int)(TimeSpan.FromMinutes(1).Ticks / quotas.Segment.Ticks) + 1;
        var records = new RedisWindowRateLimiter(redis, keys.Quota(application, "records"), quotas.RecordsPerMinute, quotas.Segment, segments, time, availability);
        var requests = new RedisWindowRateLimiter(redis, keys.Quota(application, "requests"), quotas.RequestsPerDay, TimeSpan.FromDays(1), 1, time, availability);
        return new SyncRateLimiter(records, requests, quotas.RecordsPerMinute, time);
    }
}
