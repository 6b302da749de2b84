using LinkedInRsc.Jobs;

namespace LinkedInRsc.Sync;

/// <summary>
/// Follows the job-posting tasks a run submitted (or resumed) to their final status before any application is sent:
/// a task that succeeded makes its job synced, one that failed or did not finish within
/// <see cref="SyncOptions.JobTaskTimeout"/> makes it failed (and LinkedIn-refused jobs keep their applications from
/// being sent). A CREATE that LinkedIn answers <c>JOB_ALREADY_EXISTS</c> (posted by an earlier sync, or by a CREATE of
/// this one whose answer was lost) is submitted again as an UPDATE, and an UPDATE answered <c>JOB_NOT_FOUND</c> as a
/// CREATE — once per job — so that job submission is create-or-update and a job is never posted twice. The tasks still
/// pending and the outcomes so far are saved in the checkpoint after every look.
/// </summary>
internal sealed class JobTaskFollower(IJobsClient jobs, JobStage stage, SyncOptions options, TimeProvider time)
{
    /// <summary>LinkedIn's error code for a CREATE of a job that is already listed.</summary>
    internal const string AlreadyExists = "JOB_ALREADY_EXISTS";

    /// <summary>LinkedIn's error code for an UPDATE of a job it does not know.</summary>
    internal const string NotFound = "JOB_NOT_FOUND";

    public async Task FollowAsync(SyncRun run, CancellationToken cancellationToken)
    {
        Dictionary<string, string> pending = run.PendingJobTasks;
        if (pending.Count == 0)
        {
            return;
        }

        DateTimeOffset deadline = time.GetUtcNow() + options.JobTaskTimeout;
        while (pending.Count > 0 && time.GetUtcNow() < deadline)
        {
            await Task.Delay(options.JobTaskPollInterval, time, cancellationToken).ConfigureAwait(false);
            var again = new List<JobRecord>();
            foreach (string[] chunk in pending.Keys.ToArray().Chunk(options.BatchSize))
            {
                await run.Quota.TakeAsync(SyncEntityKind.Job, chunk.Length, cancellationToken).ConfigureAwait(false);
                await foreach (JobPostingTask task in jobs.ListTasksAsync(chunk, cancellationToken).ConfigureAwait(false))
                {
                    if (!task.IsFinal || !pending.Remove(task.TaskId, out string? jobId))
                    {
                        continue;
                    }

                    if (task.IsSuccess)
                    {
                        run.PendingJobRecords.Remove(jobId);
                        run.Tally.Synced(SyncEntityKind.Job);
                    }
                    else if (OtherOperation(run, jobId, task.ErrorCode) is { } record)
                    {
                        again.Add(record);
                    }
                    else
                    {
                        run.PendingJobRecords.Remove(jobId);
                        run.Tally.Failed(SyncEntityKind.Job, jobId, SyncReason.JobTaskFailed, null, task.ErrorMessage ?? task.ErrorCode ?? "The job-posting task failed.");
                        run.KnownJobs.Remove(jobId);
                        run.FailedJobs.Add(jobId);
                    }
                }
            }

            // Create-or-update: the accepted ones become pending under their new task ids.
            foreach (IGrouping<JobPostingOperation, JobRecord> group in again.GroupBy(r => r.Operation))
            {
                await stage.SubmitAsync(run, group.Key, [.. group], cancellationToken).ConfigureAwait(false);
            }

            // What is reported stays reported: a run killed now resumes with only the tasks still pending.
            await run.Checkpoints.SavePendingJobTasksAsync(run, cancellationToken).ConfigureAwait(false);
        }

        foreach (string jobId in pending.Values)
        {
            // LinkedIn may still post it: its applications are sent (LinkedIn rejects them per entity if the job never appears).
            run.Tally.Failed(SyncEntityKind.Job, jobId, SyncReason.JobTaskFailed, null, "The job-posting task did not reach a final status within JobTaskTimeout; check it later.");
            run.PendingJobRecords.Remove(jobId);
        }

        pending.Clear();
        await run.Checkpoints.SavePendingJobTasksAsync(run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The job to submit again with the other operation when LinkedIn's answer says it was needed (and it was not
    /// switched yet), or <see langword="null"/>.
    /// </summary>
    private static JobRecord? OtherOperation(SyncRun run, string jobId, string? errorCode)
    {
        if (!run.PendingJobRecords.TryGetValue(jobId, out JobRecord? record) || run.SwitchedJobs.Contains(jobId))
        {
            return null;
        }

        JobPostingOperation? other = (record.Operation, errorCode) switch
        {
            (JobPostingOperation.Create, AlreadyExists) => JobPostingOperation.Update,
            (JobPostingOperation.Update, NotFound) => JobPostingOperation.Create,
            _ => null,
        };
        if (other is not { } operation)
        {
            return null;
        }

        run.SwitchedJobs.Add(jobId);
        return record with { Operation = operation };
    }
}
