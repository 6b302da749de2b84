namespace LinkedInRsc.Sync;

/// <summary>
/// The final account of a sync run: every input record is synced, skipped (with a reason) or failed (with a reason),
/// so <c>Synced + Skipped + Failed == Input</c> for each kind and in total.
/// </summary>
/// <remarks>
/// <see cref="Issues"/> lists every skipped and failed record. A run that resumes an interrupted one (same
/// <see cref="SyncId"/>) takes over the outcomes the interrupted run saved with its checkpoint: its counts and issues
/// equal those of a run that was never interrupted. <see cref="StartedAt"/>, <see cref="Requests"/> and
/// <see cref="RateLimitWaits"/> are this run's own.
/// </remarks>
public sealed record SyncReport
{
    /// <summary>The customer.</summary>
    public required string CustomerId { get; init; }

    /// <summary>The sync name.</summary>
    public required string SyncId { get; init; }

    /// <summary>When the run started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run ended.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>Counts per kind of record (kinds the run saw).</summary>
    public required IReadOnlyDictionary<SyncEntityKind, SyncCounts> ByKind { get; init; }

    /// <summary>Counts over every kind.</summary>
    public required SyncCounts Totals { get; init; }

    /// <summary>Skipped and failed records with their reasons (see remarks).</summary>
    public required IReadOnlyList<SyncIssue> Issues { get; init; }

    /// <summary>
    /// Records this run did not send because the interrupted run it resumed had already handled them; they are counted
    /// with the outcome that run gave them (in <see cref="ByKind"/>, <see cref="Totals"/> and <see cref="Issues"/>).
    /// </summary>
    public long CoveredByCheckpoint { get; init; }

    /// <summary>Requests sent to LinkedIn.</summary>
    public long Requests { get; init; }

    /// <summary>Times the run waited for the client-side quota or after a 429.</summary>
    public long RateLimitWaits { get; init; }

    /// <summary>Whether a checkpoint let this run resume an earlier one.</summary>
    public bool Resumed { get; init; }

    /// <summary>Counts only.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"Sync {SyncId}: {Totals}";
}
