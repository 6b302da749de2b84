namespace LinkedInRsc.Jobs;

/// <summary>
/// Job postings of one customer (<c>simpleJobPostings</c>), bound to that customer's credentials and organization.
/// </summary>
public interface IJobsClient
{
    /// <summary>
    /// Creates, updates, renews or closes jobs. Any number of jobs: they are validated, sent in chunks of 100, and
    /// every job gets its own outcome. A success carries the id of LinkedIn's asynchronous task in
    /// <see cref="EntityResult{TKey}.ResourceId"/>: the job is only posted once that task succeeds
    /// (<see cref="ListTasksAsync"/>).
    /// </summary>
    /// <param name="jobs">The jobs, each complete (updates replace the whole job).</param>
    /// <param name="operation">What to do with them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One outcome per job, keyed by <see cref="AtsJobPosting.ExternalJobPostingId"/>.</returns>
    /// <exception cref="LinkedInRscException">A request failed as a whole (e.g. authentication).</exception>
    Task<BatchResult<string>> SubmitAsync(IEnumerable<AtsJobPosting> jobs, JobPostingOperation operation, CancellationToken cancellationToken = default);

    /// <summary>Reads the status of job-posting tasks, in chunks of 100.</summary>
    /// <param name="taskIds">The task ids.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The tasks LinkedIn knows of, streamed.</returns>
    /// <exception cref="LinkedInRscException">A request failed.</exception>
    IAsyncEnumerable<JobPostingTask> ListTasksAsync(IEnumerable<string> taskIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Polls job-posting tasks until each reached a final status (<see cref="JobPostingTask.IsFinal"/>) or
    /// <paramref name="timeout"/> passed. Waits <paramref name="pollInterval"/> before each look, on the client's own
    /// clock (the SDK's client waits on the <see cref="TimeProvider"/> registered with <c>AddLinkedInRsc</c>, so tests
    /// drive it with a fake clock).
    /// </summary>
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
    Task<IReadOnlyList<JobPostingTask>> WaitForTasksAsync(IEnumerable<string> taskIds, TimeSpan pollInterval, TimeSpan timeout, CancellationToken cancellationToken = default);
}
