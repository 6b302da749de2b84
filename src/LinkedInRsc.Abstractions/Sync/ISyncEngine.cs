namespace LinkedInRsc.Sync;

/// <summary>Runs ATS → LinkedIn syncs for one customer.</summary>
public interface ISyncEngine
{
    /// <summary>
    /// Sends jobs, then candidates with their notes and applications, within LinkedIn's quotas, resuming from the
    /// checkpoint of <see cref="SyncRequest.SyncId"/> if an earlier run did not finish.
    /// </summary>
    /// <param name="request">What to send.</param>
    /// <param name="progress">Receives progress after every batch.</param>
    /// <param name="cancellationToken">Stops the run after the batch in flight; the checkpoint keeps what was acknowledged.</param>
    /// <returns>The report accounting for every input record.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled; run again to resume.</exception>
    Task<SyncReport> SyncAsync(SyncRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes candidates and applications from LinkedIn through the same batching, quota and checkpointing.</summary>
    /// <param name="request">What to delete.</param>
    /// <param name="progress">Receives progress after every batch.</param>
    /// <param name="cancellationToken">Stops the run after the batch in flight.</param>
    /// <returns>The report accounting for every deletion.</returns>
    /// <exception cref="OperationCanceledException">The run was cancelled; run again to resume.</exception>
    Task<SyncReport> DeleteAsync(DeletionRequest request, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default);
}
