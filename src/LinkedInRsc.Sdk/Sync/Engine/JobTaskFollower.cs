using LinkedInRsc.Jobs;

namespace LinkedInRsc.Sync;

/// <summary>
/// Follows the job-posting tasks a run submitted (or resumed) to their final status before any application is sent:
/// a task that succeeded makes its job synced, one that failed or did not finish within
/// <see cref="SyncOptions.JobTaskTimeout"/> makes it failed (and LinkedIn-refused jobs keep their applications from
/// being sent). The tasks still pending are saved in the checkpoint after every look.
/// </summary>
internal sealed class JobTaskFollower(IJobsClient jobs, SyncOptions options, TimeProvider time)
{
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
                        run.Tally.Synced(SyncEntityKind.Job);
                    }
                    else
                    {
                        run.Tally.Failed(SyncEntityKind.Job, jobId, SyncReason.JobTaskFailed, null, task.ErrorMessage ?? task.ErrorCode ?? "The job-posting task failed.");
                        run.KnownJobs.Remove(jobId);
                        run.FailedJobs.Add(jobId);
                    }
                }
            }

            // What is reported stays reported: a run killed now resumes with only the tasks still pending.
            await run.Checkpoints.SavePendingJobTasksAsync(pending, cancellationToken).ConfigureAwait(false);
        }

        foreach (string jobId in pending.Values)
        {
            // LinkedIn may still post it: its applications are sent (LinkedIn rejects them per entity if the job never appears).
            run.Tally.Failed(SyncEntityKind.Job, jobId, SyncReason.JobTaskFailed, null, "The job-posting task did not reach a final status within JobTaskTimeout; check it later.");
        }

        pending.Clear();
        await run.Checkpoints.SavePendingJobTasksAsync(pending, cancellationToken).ConfigureAwait(false);
    }
}
