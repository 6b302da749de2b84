using System.Collections.Concurrent;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Keeps recruiter-activity checkpoints in memory: a restarted process reads each seat's first window again (from
/// <see cref="RecruiterActivityOptions.InitialLookback"/>), which the idempotent sinks absorb. Hosts that must survive
/// restarts or run several instances provide a durable <see cref="IRecruiterActivityCheckpointStore"/>.
/// </summary>
public sealed class InMemoryRecruiterActivityCheckpointStore : IRecruiterActivityCheckpointStore
{
    private readonly ConcurrentDictionary<RecruiterActivityCheckpointKey, RecruiterActivityCheckpoint> _checkpoints = new();

    /// <inheritdoc />
    public ValueTask<RecruiterActivityCheckpoint?> GetAsync(RecruiterActivityCheckpointKey key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key.CustomerId, nameof(key));
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_checkpoints.TryGetValue(key, out RecruiterActivityCheckpoint? checkpoint) ? checkpoint : null);
    }

    /// <inheritdoc />
    /// <remarks>Keeps the later of the stored and the given checkpoint, as a shared store should.</remarks>
    public ValueTask SaveAsync(RecruiterActivityCheckpointKey key, RecruiterActivityCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key.CustomerId, nameof(key));
        ArgumentNullException.ThrowIfNull(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        _checkpoints.AddOrUpdate(key, checkpoint, (_, held) => checkpoint.Through > held.Through ? checkpoint : held);
        return ValueTask.CompletedTask;
    }
}
