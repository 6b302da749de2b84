namespace LinkedInRsc.Sync;

/// <summary>
/// The final account of a sync run: every input record is synced, skipped (with a reason) or failed (with a reason),
/// so <c>Synced + Skipped + Failed == Input</c> for each kind and in total.
/// </summary>
/// <remarks>
/// <see cref="Issues"/> lists every skipped and failed record except those skipped as
/// <see cref="SyncReason.CoveredByCheckpoint"/>, which are only counted in <see cref="CoveredByCheckpoint"/> (a
/// resumed historical sync may skip millions).
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

    /// <summary>Records skipped because an earlier, interrupted run already handled them.</summary>
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
