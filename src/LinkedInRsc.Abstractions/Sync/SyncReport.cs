using System.Globalization;
using System.Net;

namespace LinkedInRsc.Sync;

/// <summary>The kinds of record a sync run sends.</summary>
public enum SyncEntityKind
{
    /// <summary>A job posting.</summary>
    Job = 0,

    /// <summary>A candidate.</summary>
    Candidate = 1,

    /// <summary>A candidate note.</summary>
    CandidateNote = 2,

    /// <summary>An application.</summary>
    Application = 3,

    /// <summary>An application stage record.</summary>
    ApplicationStage = 4,

    /// <summary>An application note.</summary>
    ApplicationNote = 5,

    /// <summary>Interview feedback.</summary>
    InterviewFeedback = 6,

    /// <summary>A candidate deletion.</summary>
    CandidateDeletion = 7,

    /// <summary>An application deletion.</summary>
    ApplicationDeletion = 8,
}

/// <summary>The final state of one input record in a sync report.</summary>
public enum SyncOutcome
{
    /// <summary>LinkedIn acknowledged it.</summary>
    Synced = 0,

    /// <summary>It was deliberately not sent; see <see cref="SyncReason"/>.</summary>
    Skipped = 1,

    /// <summary>It was invalid or LinkedIn refused it; see <see cref="SyncReason"/>.</summary>
    Failed = 2,
}

/// <summary>Why a record was skipped or failed.</summary>
public enum SyncReason
{
    /// <summary>Skipped: the candidate (or application) never moved past the Prospect stage.</summary>
    ProspectOnly = 0,

    /// <summary>
    /// Skipped: an earlier, interrupted run of the same sync already handled it (synced, skipped or reported it then);
    /// this run resumed after that run's checkpoint.
    /// </summary>
    CoveredByCheckpoint = 1,

    /// <summary>Failed: the SDK found it invalid and did not send it (see <see cref="SyncIssue.Field"/>).</summary>
    Invalid = 2,

    /// <summary>Failed: LinkedIn refused it (see <see cref="SyncIssue.StatusCode"/>).</summary>
    Rejected = 3,

    /// <summary>Failed: still failing with a transient error after every retry.</summary>
    RetriesExhausted = 4,

    /// <summary>Failed: its parent (the candidate, or the application) was not synced, so it was not sent.</summary>
    ParentNotSynced = 5,

    /// <summary>Failed: the job's asynchronous posting task failed, or did not finish in time.</summary>
    JobTaskFailed = 6,
}

/// <summary>
/// A record that was skipped or failed, with the reason. <see cref="Key"/> is an ATS id (never personal data);
/// <see cref="Message"/> is LinkedIn's message or the SDK's reason and may echo entity data: do not log it unredacted.
/// </summary>
public sealed record SyncIssue
{
    /// <summary>What kind of record.</summary>
    public required SyncEntityKind Kind { get; init; }

    /// <summary>Its key: the ATS id, or <c>{parentId}/{id}</c> for records under a candidate or application.</summary>
    public required string Key { get; init; }

    /// <summary>Skipped or failed.</summary>
    public required SyncOutcome Outcome { get; init; }

    /// <summary>Why.</summary>
    public required SyncReason Reason { get; init; }

    /// <summary>For <see cref="SyncReason.Invalid"/>: the field that broke a rule.</summary>
    public string? Field { get; init; }

    /// <summary>The SDK's reason or LinkedIn's message.</summary>
    public string? Message { get; init; }

    /// <summary>The HTTP status LinkedIn answered for the record, if any.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>LinkedIn's <c>serviceErrorCode</c>, if any.</summary>
    public int? ServiceErrorCode { get; init; }

    /// <summary>Kind, outcome, reason and field; no key and no message.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"{Kind} {Outcome} ({Reason}{(Field is null ? string.Empty : ", " + Field)})";
}

/// <summary>Counts of a sync run, for one kind of record or in total.</summary>
public sealed record SyncCounts
{
    /// <summary>Records read from the input.</summary>
    public long Input { get; init; }

    /// <summary>Records LinkedIn acknowledged.</summary>
    public long Synced { get; init; }

    /// <summary>Records deliberately not sent.</summary>
    public long Skipped { get; init; }

    /// <summary>Records invalid or refused.</summary>
    public long Failed { get; init; }

    /// <summary>Counts only.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Input} input: {Synced} synced, {Skipped} skipped, {Failed} failed");
}

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
