using LinkedInRsc.Clients;

namespace LinkedInRsc.Jobs;

/// <summary>Following job-posting tasks to their final status.</summary>
public static class JobsClientExtensions
{
    /// <summary>
    /// Polls job-posting tasks until each reached a final status (<see cref="JobPostingTask.IsFinal"/>) or
    /// <paramref name="timeout"/> passed. Waits <paramref name="pollInterval"/> before each look, on the
    /// <see cref="TimeProvider"/> registered with <c>AddLinkedInRsc</c> (tests drive it with a fake clock).
    /// </summary>
    /// <param name="jobs">The customer's jobs client.</param>
    /// <param name="taskIds">The task ids (<see cref="EntityResult{TKey}.ResourceId"/> of each successful submission).</param>
    /// <param name="pollInterval">How long to wait before each look; LinkedIn advises checking no earlier than five minutes after submitting.</param>
    /// <param name="timeout">How long to keep looking.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>
    /// The last status seen of each task LinkedIn knows, in input order: a failed task carries LinkedIn's
    /// <see cref="JobPostingTask.ErrorCode"/> and <see cref="JobPostingTask.ErrorMessage"/>; a task still
    /// <see cref="JobPostingTaskStatus.InProgress"/> timed out. Tasks LinkedIn does not know are left out.
    /// </returns>
    /// <exception cref="ArgumentException">An argument is out of range (nothing was sent).</exception>
    /// <exception cref="LinkedInRscException">A status request failed.</exception>
    public static Task<IReadOnlyList<JobPostingTask>> WaitForTasksAsync(
        this IJobsClient jobs,
        IEnumerable<string> taskIds,
        TimeSpan pollInterval,
        TimeSpan timeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(taskIds);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(pollInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
        string[] ids = [.. taskIds];
        if (ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Task ids must not be empty; pass the ResourceId of each successful SubmitAsync result.", nameof(taskIds));
        }

        TimeProvider time = jobs is JobsClient client ? client.TimeProvider : TimeProvider.System;
        return PollAsync(jobs, ids, pollInterval, timeout, time, cancellationToken);
    }

    private static async Task<IReadOnlyList<JobPostingTask>> PollAsync(IJobsClient jobs, string[] ids, TimeSpan pollInterval, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, JobPostingTask>(StringComparer.Ordinal);
        var pending = new HashSet<string>(ids, StringComparer.Ordinal);
        DateTimeOffset deadline = time.GetUtcNow() + timeout;
        while (pending.Count > 0 && deadline - time.GetUtcNow() > TimeSpan.Zero)
        {
            TimeSpan left = deadline - time.GetUtcNow();
            await Task.Delay(left < pollInterval ? left : pollInterval, time, cancellationToken).ConfigureAwait(false);
            await foreach (JobPostingTask task in jobs.GetTasksAsync([.. pending], cancellationToken).ConfigureAwait(false))
            {
                latest[task.TaskId] = task;
                if (task.IsFinal)
                {
                    pending.Remove(task.TaskId);
                }
            }
        }

        return [.. ids.Distinct(StringComparer.Ordinal).Where(latest.ContainsKey).Select(id => latest[id])];
    }
}
