namespace LinkedInRsc.Sync;

/// <summary>
/// The state of one sync run and the per-run parts the engine composes: the tally, the checkpointer, the quota gate
/// and the batch sender (whose retry policy reports its waits to this run's tally).
/// </summary>
internal sealed class SyncRun
{
    private readonly IProgress<SyncProgress>? _progress;

    public SyncRun(string syncId, DateTimeOffset startedAt, IProgress<SyncProgress>? progress, SyncCheckpointer checkpoints, SyncRateLimiter limiter, SyncOptions options, TimeProvider time)
    {
        SyncId = syncId;
        StartedAt = startedAt;
        _progress = progress;
        Checkpoints = checkpoints;
        Quota = new SyncQuota(limiter, Tally);
        Sender = new BatchSender(Quota, Tally, SyncRetryPolicy.Create(options, time, Tally));
    }

    public string SyncId { get; }

    public DateTimeOffset StartedAt { get; }

    public SyncTally Tally { get; } = new();

    public SyncCheckpointer Checkpoints { get; }

    public SyncQuota Quota { get; }

    public BatchSender Sender { get; }

    /// <summary>Whether a checkpoint let this run resume an earlier one.</summary>
    public bool Resumed => Checkpoints.Resumed is not null;

    public bool HasJobStream { get; set; }

    /// <summary>Jobs submitted (or covered by the checkpoint) in this run: the applications that name them may be sent.</summary>
    public HashSet<string> KnownJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>Jobs covered by the checkpoint whose tasks the interrupted run had not seen final: reported when they are.</summary>
    public HashSet<string> ResumedPendingJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>Jobs whose posting task failed in this run (or the interrupted one it resumes): their applications are not sent.</summary>
    public HashSet<string> FailedJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Jobs LinkedIn refused at submission (or the SDK found invalid) in the interrupted run this run resumes: the
    /// checkpoint covers them, but they are not posted, so applications naming them are refused as in that run.
    /// </summary>
    public HashSet<string> NotPostedJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The records of the jobs whose tasks are pending, by external id, with the operation last submitted: when
    /// LinkedIn's answer says the other operation was needed (create-or-update), the follower submits it again.
    /// </summary>
    public Dictionary<string, JobRecord> PendingJobRecords { get; } = new(StringComparer.Ordinal);

    /// <summary>Jobs the follower already submitted with the other operation in this run (once per job, never a loop).</summary>
    public HashSet<string> SwitchedJobs { get; } = new(StringComparer.Ordinal);

    /// <summary>Job-posting tasks not yet seen final, by task id, with the external id of their job.</summary>
    public Dictionary<string, string> PendingJobTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>Reports progress after a batch, when the caller asked for it.</summary>
    public void ReportProgress(SyncStage stage, long position, DateTimeOffset now)
    {
        if (_progress is null)
        {
            return;
        }

        (long synced, long skipped, long failed) = Tally.Totals();
        TimeSpan elapsed = now - StartedAt;
        _progress.Report(new SyncProgress
        {
            Stage = stage,
            Position = position,
            Synced = synced,
            Skipped = skipped,
            Failed = failed,
            Elapsed = elapsed,
            RecordsPerMinute = elapsed > TimeSpan.Zero ? Tally.RecordsSent / elapsed.TotalMinutes : 0,
            RateLimitWaits = Tally.RateLimitWaits,
        });
    }
}
