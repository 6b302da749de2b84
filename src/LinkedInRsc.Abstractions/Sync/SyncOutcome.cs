namespace LinkedInRsc.Sync;

/// <summary>The final state of one input record in a sync report.</summary>
public enum SyncOutcome
{
    /// <summary>LinkedIn acknowledged it.</summary>
    Synced = 0,

    /// <summary>It was deliberately not sent; see <see cref="SyncReason"/>.</summary>
    Skipped = 1,

    /// <summary>It was invalid or LinkedIn refused it; see <see cref="SyncReason"/>.</summary>
    Failed = 2,
}
