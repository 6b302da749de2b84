namespace LinkedInRsc.Sync;

/// <summary>Why a record was skipped or failed.</summary>
public enum SyncReason
{
    /// <summary>Skipped: the candidate (or application) never moved past the Prospect stage.</summary>
    ProspectOnly = 0,

    /// <summary>Failed: the SDK found it invalid and did not send it (see <see cref="SyncIssue.Field"/>).</summary>
    Invalid = 2,

    /// <summary>Failed: LinkedIn refused it (see <see cref="SyncIssue.StatusCode"/>).</summary>
    Rejected = 3,

    /// <summary>Failed: still failing with a transient error after every retry.</summary>
    RetriesExhausted = 4,

    /// <summary>Failed: its parent (the candidate, or the application) was not synced, so it was not sent.</summary>
    ParentNotSynced = 5,

    /// <summary>Failed: the job's asynchronous posting task failed, or did not finish in time.</summary>
    JobTaskFailed = 6,
}
