namespace LinkedInRsc.Sync;

/// <summary>
/// Where the sync engine keeps its checkpoints (host extension point). The SDK ships an in-memory store; a host
/// that runs several instances or must survive restarts provides a durable one.
/// </summary>
public interface ISyncCheckpointStore
{
    /// <summary>Reads the checkpoint of a sync.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="syncId">The sync name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The checkpoint, or <see langword="null"/> when the sync has none (never ran, or completed).</returns>
    ValueTask<SyncCheckpoint?> GetAsync(string customerId, string syncId, CancellationToken cancellationToken = default);

    /// <summary>Writes the checkpoint of a sync, replacing the previous one.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="syncId">The sync name.</param>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the checkpoint is stored.</returns>
    ValueTask SaveAsync(string customerId, string syncId, SyncCheckpoint checkpoint, CancellationToken cancellationToken = default);

    /// <summary>Removes the checkpoint of a sync (it completed).</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="syncId">The sync name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the checkpoint is removed.</returns>
    ValueTask DeleteAsync(string customerId, string syncId, CancellationToken cancellationToken = default);
}
