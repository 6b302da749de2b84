using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Redis;

/// <summary>What the Redis parts log: never keys, ids or values, only what happened.</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 1600, EventName = "RedisUnavailable", Level = LogLevel.Warning,
        Message = "Redis did not answer ({Operation}: {Error}); trying again in {Delay}.")]
    public static partial void Unavailable(ILogger logger, string operation, string error, TimeSpan delay);

    [LoggerMessage(EventId = 1601, EventName = "RedisSyncLeaseNotReleased", Level = LogLevel.Warning,
        Message = "Could not release a sync lease ({Error}); it expires by itself.")]
    public static partial void LeaseNotReleased(ILogger logger, string error);

    [LoggerMessage(EventId = 1602, EventName = "RedisSyncLeaseLost", Level = LogLevel.Warning,
        Message = "A sync lost its lease ({Why}); stopping that run.")]
    public static partial void LeaseLost(ILogger logger, string why);
}
