using LinkedInRsc.Customers;

namespace LinkedInRsc.Redis;

/// <summary>
/// Another instance runs this customer's sync (it holds the sync's lease in Redis), or took it over after this
/// instance's lease expired. Nothing was sent by this call after the lease was lost; run the sync again later (or let
/// the instance that holds it finish): it resumes from the shared checkpoint.
/// </summary>
public sealed class SyncLeaseHeldException : CustomerStateException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="syncId">The sync.</param>
    /// <param name="message">What happened.</param>
    public SyncLeaseHeldException(string customerId, string syncId, string message)
        : base(customerId, message)
    {
        SyncId = syncId;
    }

    /// <summary>The sync whose lease another instance holds.</summary>
    public string SyncId { get; }
}
