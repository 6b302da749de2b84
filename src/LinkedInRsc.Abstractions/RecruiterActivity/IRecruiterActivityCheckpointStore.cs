namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Where the recruiter-activity poller keeps how far each seat's streams were delivered (host extension point). The SDK
/// ships an in-memory store; a host that must survive restarts, or runs several instances, provides a durable one
/// (a distributed cache or database row per key).
/// </summary>
/// <remarks>
/// The poller saves a checkpoint only after the sinks accepted the window it covers, and only moves it forward. A store
/// shared by several instances should make <see cref="SaveAsync"/> keep the later of two values.
/// </remarks>
public interface IRecruiterActivityCheckpointStore
{
    /// <summary>Reads a checkpoint.</summary>
    /// <param name="key">The customer, seat and stream.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The checkpoint, or <see langword="null"/> when that stream was never delivered.</returns>
    ValueTask<RecruiterActivityCheckpoint?> GetAsync(RecruiterActivityCheckpointKey key, CancellationToken cancellationToken = default);

    /// <summary>Writes a checkpoint, replacing the previous one.</summary>
    /// <param name="key">The customer, seat and stream.</param>
    /// <param name="checkpoint">How far the stream was delivered.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the checkpoint is stored.</returns>
    ValueTask SaveAsync(RecruiterActivityCheckpointKey key, RecruiterActivityCheckpoint checkpoint, CancellationToken cancellationToken = default);
}
