namespace LinkedInRsc.Sync;

/// <summary>
/// The checkpoints of one sync run: reads the one an interrupted run left, says how much of each input stream it
/// covers (and that a resumed stream is in the same order), saves a new one after every acknowledged batch and while
/// job-posting tasks are followed, and removes it when the run completes.
/// </summary>
internal sealed class SyncCheckpointer(ISyncCheckpointStore store, string customerId, string syncId, TimeProvider time)
{
    /// <summary>The checkpoint of the interrupted run this run resumes, if any.</summary>
    public SyncCheckpoint? Resumed { get; private set; }

    /// <summary>The last checkpoint this run saved (or the jobs-stage one it resumed from, once it continues it).</summary>
    public SyncCheckpoint? Last { get; private set; }

    /// <summary>Reads the checkpoint an interrupted run of the same sync left.</summary>
    public async Task<SyncCheckpoint?> LoadAsync(CancellationToken cancellationToken)
    {
        Resumed = await store.GetAsync(customerId, syncId, cancellationToken).ConfigureAwait(false);
        return Resumed;
    }

    /// <summary>Takes over the resumed jobs-stage checkpoint, so that following its pending tasks updates it.</summary>
    public void ContinueJobsStage()
    {
        if (Resumed is { Stage: SyncStage.Jobs })
        {
            Last = Resumed;
        }
    }

    /// <summary>How many items at the start of a stream the resumed checkpoint covers (all of them for an earlier stage).</summary>
    public long CoveredCount(SyncStage stage) =>
        Resumed is null || Resumed.Stage < stage ? 0 : Resumed.Stage == stage ? Resumed.Position : long.MaxValue;

    /// <summary>
    /// Throws unless the item at the resumed checkpoint's last position is the one the interrupted run acknowledged
    /// last: a stream in another order would skip the wrong items.
    /// </summary>
    /// <param name="stage">The stream.</param>
    /// <param name="position">The item's position in it.</param>
    /// <param name="key">The item's key.</param>
    /// <exception cref="InvalidOperationException">The stream is not in the order of the interrupted run.</exception>
    public void EnsureSameOrder(SyncStage stage, long position, string? key)
    {
        if (Resumed is { } checkpoint && checkpoint.Stage == stage && position == checkpoint.Position - 1
            && checkpoint.LastKey is not null && !string.Equals(key, checkpoint.LastKey, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The {stage} input of sync '{syncId}' is not in the order of the interrupted run it resumes (the item at the checkpoint differs). " +
                "Hand in the same input in the same order, or delete the checkpoint to start the sync over.");
        }
    }

    /// <summary>Saves the checkpoint after an acknowledged batch.</summary>
    /// <param name="stage">The stream.</param>
    /// <param name="position">How many items of it are acknowledged or reported.</param>
    /// <param name="lastKey">The key of the last of them.</param>
    /// <param name="run">The run, whose pending job tasks (jobs stage only), outcomes and failed jobs go with it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task SaveBatchAsync(SyncStage stage, long position, string? lastKey, SyncRun run, CancellationToken cancellationToken)
    {
        (Dictionary<SyncEntityKind, SyncCounts> counts, SyncIssue[] issues) = run.Tally.Snapshot();
        Last = new SyncCheckpoint
        {
            Stage = stage,
            Position = position,
            LastKey = lastKey,
            UpdatedAt = time.GetUtcNow(),
            PendingJobTasks = stage == SyncStage.Jobs ? new Dictionary<string, string>(run.PendingJobTasks, StringComparer.Ordinal) : new Dictionary<string, string>(),
            Counts = counts,
            Issues = issues,
            FailedJobs = [.. run.FailedJobs.Order(StringComparer.Ordinal)],
        };
        await store.SaveAsync(customerId, syncId, Last, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Saves which job-posting tasks are still pending, with the outcomes so far, when the last checkpoint is in the
    /// jobs stage.
    /// </summary>
    public async Task SavePendingJobTasksAsync(SyncRun run, CancellationToken cancellationToken)
    {
        if (Last is { Stage: SyncStage.Jobs } last)
        {
            (Dictionary<SyncEntityKind, SyncCounts> counts, SyncIssue[] issues) = run.Tally.Snapshot();
            Last = last with
            {
                PendingJobTasks = new Dictionary<string, string>(run.PendingJobTasks, StringComparer.Ordinal),
                UpdatedAt = time.GetUtcNow(),
                Counts = counts,
                Issues = issues,
                FailedJobs = [.. run.FailedJobs.Order(StringComparer.Ordinal)],
            };
            await store.SaveAsync(customerId, syncId, Last, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes over what the resumed checkpoint saved: the outcomes so far, the jobs whose tasks failed, the jobs that
    /// were not posted, and (jobs stage) the tasks still pending.
    /// </summary>
    public void RestoreInto(SyncRun run)
    {
        if (Resumed is not { } checkpoint)
        {
            return;
        }

        run.Tally.Restore(checkpoint.Counts, checkpoint.Issues);
        run.FailedJobs.UnionWith(checkpoint.FailedJobs);
        foreach (SyncIssue issue in checkpoint.Issues)
        {
            // A job refused at submission (not one whose task timed out: LinkedIn may still post that one).
            if (issue.Kind == SyncEntityKind.Job && issue.Reason != SyncReason.JobTaskFailed)
            {
                run.NotPostedJobs.Add(issue.Key);
            }
        }
    }

    /// <summary>Removes the checkpoint: the run completed.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken) =>
        await store.DeleteAsync(customerId, syncId, cancellationToken).ConfigureAwait(false);
}
