using LinkedInRsc.Sync;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Redis;

/// <summary>
/// Runs a sync engine's runs under the customer sync's lease, so that one customer's sync (per sync id) runs on one
/// instance at a time. A run whose lease is held elsewhere is refused before anything is sent; a run whose lease is
/// lost is cancelled and reported as <see cref="SyncLeaseHeldException"/>.
/// </summary>
internal sealed class LeasedSyncEngine(ISyncEngine inner, string customerId, RedisLeaseSettings leases) : ISyncEngine
{
    public Task<SyncReport> SyncAsync(SyncRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(request.SyncId, token => inner.SyncAsync(request, progress, token), cancellationToken);
    }

    public Task<SyncReport> DeleteAsync(DeletionRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync(request.SyncId, token => inner.DeleteAsync(request, progress, token), cancellationToken);
    }

    private async Task<SyncReport> RunAsync(string syncId, Func<CancellationToken, Task<SyncReport>> run, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        RedisSyncLease lease = await leases.Availability.RunAsync(
            () => RedisSyncLease.TryTakeAsync(leases.Claims, leases.Keys.Lease(customerId, syncId), leases.Length, leases.Time, leases.Logger),
            "take a sync lease",
            cancellationToken).ConfigureAwait(false)
            ?? throw new SyncLeaseHeldException(customerId, syncId, $"Another instance is running sync '{syncId}' of customer '{customerId}' (it holds the sync's lease); nothing was sent.");
        await using (lease.ConfigureAwait(false))
        {
            using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            try
            {
                return await run(both.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException e) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new SyncLeaseHeldException(customerId, syncId, $"Sync '{syncId}' of customer '{customerId}' lost its lease (another instance took it over, or Redis was unreachable past the lease); this run stopped.") { Source = e.Source };
            }
        }
    }
}
