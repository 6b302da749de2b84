using LinkedInRsc.Customers;
using LinkedInRsc.Sync;

namespace LinkedInRsc.Redis;

/// <summary>The <see cref="ISyncEngineFactory"/> of <c>UseRedis</c>: the SDK's engines (shared quota, shared checkpoints), each run under its lease.</summary>
internal sealed class LeasedSyncEngineFactory(SyncEngineFactory inner, RedisLeaseSettings leases) : ISyncEngineFactory
{
    public ISyncEngine Create(ICustomerClient client, SyncOptions? options = null, IProspectStageProvider? prospects = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        return new LeasedSyncEngine(inner.Create(client, options, prospects), client.Customer.CustomerId, leases);
    }
}
