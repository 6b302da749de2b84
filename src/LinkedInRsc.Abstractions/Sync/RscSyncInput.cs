using LinkedInRsc.Applications;
using LinkedInRsc.Candidates;
using LinkedInRsc.Jobs;

namespace LinkedInRsc.Sync;

/// <summary>
/// A candidate with everything of theirs the sync sends: notes and applications (each with its stage history, notes
/// and interview feedback). Grouping them lets the engine send a candidate before their applications, and apply the
/// Prospect rule (a candidate who never moved past Prospect is not synced).
/// </summary>
public sealed record CandidateRecord
{
    /// <summary>The candidate.</summary>
    public required AtsCandidate Candidate { get; init; }

    /// <summary>The candidate's notes.</summary>
    public IReadOnlyList<AtsCandidateNote> Notes { get; init; } = [];

    /// <summary>The candidate's applications.</summary>
    public IReadOnlyList<ApplicationRecord> Applications { get; init; } = [];
}

/// <summary>An application with its stage history, notes and interview feedback.</summary>
public sealed record ApplicationRecord
{
    /// <summary>The application.</summary>
    public required AtsApplication Application { get; init; }

    /// <summary>Every stage the application entered, oldest first.</summary>
    public IReadOnlyList<AtsApplicationStage> Stages { get; init; } = [];

    /// <summary>The application's notes.</summary>
    public IReadOnlyList<AtsApplicationNote> Notes { get; init; } = [];

    /// <summary>The application's interview feedback.</summary>
    public IReadOnlyList<AtsInterviewFeedback> InterviewFeedback { get; init; } = [];
}

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

/// <summary>A job and what to do with it.</summary>
/// <param name="Job">The complete job.</param>
/// <param name="Operation">Create (the default), update, renew or close.</param>
public sealed record JobRecord(AtsJobPosting Job, JobPostingOperation Operation = JobPostingOperation.Create);

/// <summary>What a deletion removes from LinkedIn.</summary>
public enum DeletionKind
{
    /// <summary>A candidate (removed from the ATS, or a data-deletion request).</summary>
    Candidate = 0,

    /// <summary>An application; LinkedIn also deletes its stages, notes and interview feedback.</summary>
    Application = 1,
}

/// <summary>One record to delete.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">Its ATS id.</param>
public sealed record Deletion(DeletionKind Kind, string Id);

/// <summary>A deletion run: a customer's data-deletion request, or candidates removed from the ATS.</summary>
public sealed record DeletionRequest
{
    /// <summary>The checkpoint name of this run, unique per customer.</summary>
    public required string SyncId { get; init; }

    /// <summary>The records to delete, read once in order.</summary>
    public required IAsyncEnumerable<Deletion> Deletions { get; init; }
}
