namespace LinkedInRsc.Sync;

/// <summary>Which input stream of a sync run a checkpoint is in.</summary>
public enum SyncStage
{
    /// <summary>The jobs stream.</summary>
    Jobs = 0,

    /// <summary>The candidates stream.</summary>
    Candidates = 1,

    /// <summary>The deletions stream.</summary>
    Deletions = 2,
}
