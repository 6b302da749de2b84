namespace LinkedInRsc.Sync;

/// <summary>
/// What one sync run sends. Both streams are read once, in order; to resume after a crash, hand in the same streams
/// in the same order (the engine skips what the checkpoint says was acknowledged, and checks the order is unchanged).
/// A historical sync hands in everything; an incremental sync hands in only what changed (a job closed, a candidate
/// with a new note or a new stage) and goes through the same path.
/// </summary>
public sealed record SyncRequest
{
    /// <summary>
    /// The name of this sync for checkpointing, unique per customer (e.g. <c>"historical"</c>). Runs with the same id share
    /// a checkpoint: a run started after one that did not finish resumes it.
    /// </summary>
    public required string SyncId { get; init; }

    /// <summary>Jobs to create, update or close, sent first (a job before its applications).</summary>
    public IAsyncEnumerable<JobRecord>? Jobs { get; init; }

    /// <summary>Candidates with their notes and applications.</summary>
    public IAsyncEnumerable<CandidateRecord>? Candidates { get; init; }
}
