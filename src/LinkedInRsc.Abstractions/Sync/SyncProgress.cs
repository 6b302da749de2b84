namespace LinkedInRsc.Sync;

/// <summary>Where a long sync run is, reported through <see cref="IProgress{T}"/> after every batch.</summary>
public sealed record SyncProgress
{
    /// <summary>The stream being read.</summary>
    public required SyncStage Stage { get; init; }

    /// <summary>Input items of that stream handled so far (jobs, candidate records or deletions).</summary>
    public required long Position { get; init; }

    /// <summary>Records synced so far (every kind).</summary>
    public required long Synced { get; init; }

    /// <summary>Records skipped so far.</summary>
    public required long Skipped { get; init; }

    /// <summary>Records failed so far.</summary>
    public required long Failed { get; init; }

    /// <summary>Time since the run started, by the engine's clock.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Records sent per minute since the run started.</summary>
    public required double RecordsPerMinute { get; init; }

    /// <summary>Times the run waited for quota so far.</summary>
    public long RateLimitWaits { get; init; }
}
