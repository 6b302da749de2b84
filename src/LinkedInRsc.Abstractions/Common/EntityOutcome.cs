namespace LinkedInRsc;

/// <summary>What happened to one entity handed to a batch write.</summary>
public enum EntityOutcome
{
    /// <summary>LinkedIn accepted the entity.</summary>
    Succeeded = 0,

    /// <summary>The SDK found the entity invalid and did not send it; see <see cref="EntityResult{TKey}.Field"/> and <see cref="EntityResult{TKey}.Message"/>.</summary>
    Invalid = 1,

    /// <summary>The entity was sent and LinkedIn refused it, or the request carrying it failed.</summary>
    Failed = 2,
}
