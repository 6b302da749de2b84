using LinkedInRsc.Jobs;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Sync;

/// <summary>
/// The jobs stream of a run: submits each batch of jobs (grouped by operation), and hands every accepted job's
/// posting task to the <see cref="JobTaskFollower"/>; a job counts as synced once its task is final.
/// </summary>
internal sealed class JobStage(IJobsClient jobs, SyncOptions options)
{
    public async Task ProcessAsync(SyncRun run, List<JobRecord> records, CancellationToken cancellationToken)
    {
        foreach (IGrouping<JobPostingOperation, JobRecord> group in records.GroupBy(r => r.Operation))
        {
            List<AtsJobPosting> batch = group.Select(r => r.Job).ToList();
            await run.Sender.SyncAsync(
                SyncEntityKind.Job,
                batch,
                j => j.ExternalJobPostingId,
                j => j.ExternalJobPostingId,
                EntityValidator.Validate,
                (items, ct) => jobs.SubmitAsync(items, group.Key, ct),
                (job, result) =>
                {
                    run.KnownJobs.Add(job.ExternalJobPostingId);
                    if (options.FollowJobTasks && result.ResourceId is { } taskId)
                    {
                        run.PendingJobTasks[taskId] = job.ExternalJobPostingId;
                        return false;
                    }

                    return true;
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Accounts for a job the resumed checkpoint covers.</summary>
    public static void Cover(SyncRun run, JobRecord record)
    {
        // A job whose task the interrupted run was still following is reported when its task is final, not here.
        if (!run.ResumedPendingJobs.Contains(record.Job.ExternalJobPostingId))
        {
            run.Tally.Skipped(SyncEntityKind.Job, record.Job.ExternalJobPostingId, SyncReason.CoveredByCheckpoint);
        }

        run.KnownJobs.Add(record.Job.ExternalJobPostingId);
    }
}
