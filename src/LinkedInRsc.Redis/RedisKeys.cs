using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// The names of every key the SDK writes, each part escaped so that ids holding the separator cannot collide:
/// <c>{prefix}sync:{customer}:{syncId}</c> (checkpoint), <c>{prefix}lease:{customer}:{syncId}</c>,
/// <c>{prefix}push:{customer}:{notificationId}</c>, <c>{prefix}activity:{customer}:{seat}:{stream}</c> and
/// <c>{prefix}quota:{application}:records|requests</c>.
/// </summary>
internal sealed class RedisKeys(string prefix)
{
    public RedisKey Checkpoint(string customerId, string syncId) => Key("sync", customerId, syncId);

    public RedisKey Lease(string customerId, string syncId) => Key("lease", customerId, syncId);

    public RedisKey Push(string customerId, string notificationId) => Key("push", customerId, notificationId);

    public RedisKey Activity(string customerId, string seatId, string stream) => Key("activity", customerId, seatId, stream);

    public RedisKey Quota(string application, string limit) => Key("quota", application, limit);

    private RedisKey Key(string kind, params string[] parts) =>
        prefix + kind + ":" + string.Join(':', parts.Select(Uri.EscapeDataString));
}
