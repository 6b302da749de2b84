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
    /// (<see cref="GetTasksAsync"/>).
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
    IAsyncEnumerable<JobPostingTask> GetTasksAsync(IEnumerable<string> taskIds, CancellationToken cancellationToken = default);
}
