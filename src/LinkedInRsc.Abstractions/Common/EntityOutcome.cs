namespace LinkedInRsc;

/// <summary>
/// What happened to one entity: in a batch write's <see cref="EntityResult{TKey}"/>, and in a sync report's
/// <see cref="Sync.SyncIssue"/>.
/// </summary>
public enum EntityOutcome
{
    /// <summary>LinkedIn accepted the entity.</summary>
    Succeeded = 0,

    /// <summary>The SDK found the entity invalid and did not send it; see <see cref="EntityResult{TKey}.Field"/> and <see cref="EntityResult{TKey}.Message"/>.</summary>
    Invalid = 1,

    /// <summary>The entity was sent and LinkedIn refused it, or the request carrying it failed.</summary>
    Failed = 2,

    /// <summary>The entity was deliberately not sent (a sync's Prospect rule, or covered by a checkpoint); see <see cref="Sync.SyncReason"/>.</summary>
    Skipped = 3,
}
