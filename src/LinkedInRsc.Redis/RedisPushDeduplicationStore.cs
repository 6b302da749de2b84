using LinkedInRsc.Notifications;

namespace LinkedInRsc.Redis;

/// <summary>
/// De-duplicates push notifications across every instance: a delivery claims the notification in Redis (the claim's
/// lease on the SDK's clock), the processor completes it (remembered for <see cref="RedisOptions.PushRetention"/>) or
/// releases it for LinkedIn's retry. Does not wait for Redis: when Redis does not answer, the call fails, the
/// callback answers an error and LinkedIn delivers the notification again later.
/// </summary>
internal sealed class RedisPushDeduplicationStore(RedisClaims claims, RedisKeys keys, TimeProvider time, TimeSpan retention) : IPushDeduplicationStore
{
    public async ValueTask<PushClaim> TryClaimAsync(string customerId, string notificationId, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(notificationId);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        string token = Guid.NewGuid().ToString("N");
        string outcome = await claims.TryClaimAsync(keys.Push(customerId, notificationId), token, time.GetUtcNow(), lease).ConfigureAwait(false);
        return outcome switch
        {
            "claimed" => PushClaim.Claimed(token),
            "done" => PushClaim.AlreadyProcessed,
            _ => PushClaim.InProgress,
        };
    }

    public async ValueTask CompleteAsync(string customerId, string notificationId, string token, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        cancellationToken.ThrowIfCancellationRequested();
        await claims.CompleteAsync(keys.Push(customerId, notificationId), token, retention).ConfigureAwait(false);
    }

    public async ValueTask ReleaseAsync(string customerId, string notificationId, string token, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        cancellationToken.ThrowIfCancellationRequested();
        await claims.ReleaseAsync(keys.Push(customerId, notificationId), token).ConfigureAwait(false);
    }
}
