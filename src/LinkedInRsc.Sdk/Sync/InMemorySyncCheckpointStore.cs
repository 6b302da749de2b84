using System.Collections.Concurrent;

namespace LinkedInRsc.Sync;

/// <summary>
/// Keeps sync checkpoints in memory: a sync resumes after a failure within the same process, not after a restart.
/// Hosts that must survive restarts or run several instances provide a durable <see cref="ISyncCheckpointStore"/>.
/// </summary>
public sealed class InMemorySyncCheckpointStore : ISyncCheckpointStore
{
    private readonly ConcurrentDictionary<(string Customer, string Sync), SyncCheckpoint> _checkpoints = new();

    /// <inheritdoc />
    public ValueTask<SyncCheckpoint?> GetAsync(string customerId, string syncId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        return ValueTask.FromResult(_checkpoints.TryGetValue((customerId, syncId), out SyncCheckpoint? c) ? c : null);
    }

    /// <inheritdoc />
    public ValueTask SaveAsync(string customerId, string syncId, SyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        ArgumentNullException.ThrowIfNull(checkpoint);
        _checkpoints[(customerId, syncId)] = checkpoint;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DeleteAsync(string customerId, string syncId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(syncId);
        _checkpoints.TryRemove((customerId, syncId), out _);
        return ValueTask.CompletedTask;
    }
}
