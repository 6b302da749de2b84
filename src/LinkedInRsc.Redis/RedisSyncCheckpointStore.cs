using System.Text.Json;
using LinkedInRsc.Sync;
using StackExchange.Redis;

namespace LinkedInRsc.Redis;

/// <summary>
/// Keeps sync checkpoints in Redis, one JSON string per customer and sync id, so that a sync interrupted on one
/// instance resumes on any other. Waits while Redis does not answer (see <see cref="RedisOptions.UnavailableRetryDelay"/>).
/// </summary>
internal sealed class RedisSyncCheckpointStore(IConnectionMultiplexer redis, RedisKeys keys, RedisAvailability availability) : ISyncCheckpointStore
{
    public async ValueTask<SyncCheckpoint?> GetAsync(string customerId, string syncId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        RedisValue value = await availability.RunAsync(() => redis.GetDatabase().StringGetAsync(keys.Checkpoint(customerId, syncId)), "read a sync checkpoint", cancellationToken).ConfigureAwait(false);
        return value.IsNull ? null : JsonSerializer.Deserialize((byte[])value!, RedisJsonContext.Default.SyncCheckpoint);
    }

    public async ValueTask SaveAsync(string customerId, string syncId, SyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        ArgumentNullException.ThrowIfNull(checkpoint);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(checkpoint, RedisJsonContext.Default.SyncCheckpoint);
        await availability.RunAsync(() => redis.GetDatabase().StringSetAsync(keys.Checkpoint(customerId, syncId), json), "save a sync checkpoint", cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DeleteAsync(string customerId, string syncId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        await availability.RunAsync(() => redis.GetDatabase().KeyDeleteAsync(keys.Checkpoint(customerId, syncId)), "delete a sync checkpoint", cancellationToken).ConfigureAwait(false);
    }
}
