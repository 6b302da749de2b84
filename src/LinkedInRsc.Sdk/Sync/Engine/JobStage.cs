using LinkedInRsc.Jobs;
using LinkedInRsc.Validation;

namespace LinkedInRsc.Sync;

/// <summary>
/// The jobs stream of a run: submits each batch of jobs (grouped by operation), and hands every accepted job's
/// posting task to the <see cref="JobTaskFollower"/>; a job counts as synced once its task is final. The follower
/// submits a job again through <see cref="SubmitAsync"/> when LinkedIn's answer says the other operation was needed
/// (create-or-update).
/// </summary>
internal sealed class JobStage(IJobsClient jobs, SyncOptions options)
{
    public async Task ProcessAsync(SyncRun run, List<JobRecord> records, CancellationToken cancellationToken)
    {
        var wellFormed = new List<JobRecord>(records.Count);
        foreach (JobRecord? record in records)
        {
            if (record is null)
            {
                run.Tally.Failed(SyncEntityKind.Job, string.Empty, SyncReason.Invalid, "record", "The job record is null; nothing was sent.");
            }
            else if (record.Job is null)
            {
                run.Tally.Failed(SyncEntityKind.Job, string.Empty, SyncReason.Invalid, "job", "must not be null: the record has no job.");
            }
            else if (!Enum.IsDefined(record.Operation))
            {
                run.Tally.Failed(SyncEntityKind.Job, record.Job.ExternalJobPostingId ?? string.Empty, SyncReason.Invalid, "jobPostingOperationType", "must be Create, Update, Renew or Close.");
            }
            else
            {
                wellFormed.Add(record);
            }
        }

        foreach (IGrouping<JobPostingOperation, JobRecord> group in wellFormed.GroupBy(r => r.Operation))
        {
            await SubmitAsync(run, group.Key, [.. group], cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Submits jobs with one operation; each accepted job's task becomes pending (its record kept until the task is
    /// final, so the follower can send it again). A job LinkedIn refuses here is not posted by this sync.
    /// </summary>
    public async Task SubmitAsync(SyncRun run, JobPostingOperation operation, IReadOnlyList<JobRecord> records, CancellationToken cancellationToken)
    {
        var recordOf = new Dictionary<AtsJobPosting, JobRecord>(ReferenceEqualityComparer.Instance);
        foreach (JobRecord record in records)
        {
            recordOf[record.Job] = record;
        }

        await run.Sender.SyncAsync(
            SyncEntityKind.Job,
            [.. records.Select(r => r.Job)],
            j => j.ExternalJobPostingId,
            j => j.ExternalJobPostingId,
            EntityValidator.Validate,
            (items, ct) => jobs.SubmitAsync(items, operation, ct),
            (job, result) =>
            {
                run.KnownJobs.Add(job.ExternalJobPostingId);
                if (options.FollowJobTasks && result.ResourceId is { } taskId)
                {
                    run.PendingJobTasks[taskId] = job.ExternalJobPostingId;
                    run.PendingJobRecords[job.ExternalJobPostingId] = recordOf[job];
                    return false;
                }

                run.PendingJobRecords.Remove(job.ExternalJobPostingId);
                return true;
            },
            cancellationToken,
            onNotSynced: job =>
            {
                // Refused or invalid: applications naming it are refused too (a resumed run derives the same from the issues).
                run.KnownJobs.Remove(job.ExternalJobPostingId ?? string.Empty);
                run.PendingJobRecords.Remove(job.ExternalJobPostingId ?? string.Empty);
            },
            coversClientRules: true).ConfigureAwait(false);
    }

    /// <summary>
    /// Accounts for a job the resumed checkpoint covers: its outcome came with the checkpoint (or comes when its
    /// pending task is final); its applications may be sent unless LinkedIn did not post it.
    /// </summary>
    public static void Cover(SyncRun run, JobRecord? record)
    {
        if (record?.Job?.ExternalJobPostingId is not { } id)
        {
            return; // reported by the interrupted run
        }

        if (run.ResumedPendingJobs.Contains(id))
        {
            run.PendingJobRecords[id] = record;
        }
        else
        {
            run.Tally.Covered(1);
        }

        if (!run.NotPostedJobs.Contains(id) && !run.FailedJobs.Contains(id))
        {
            run.KnownJobs.Add(id);
        }
    }
}
