namespace LinkedInRsc.Sync;

/// <summary>
/// How far a sync run got, and what it found: every input item of <see cref="Stage"/> before <see cref="Position"/>
/// (and every item of the earlier stages) was acknowledged by LinkedIn or reported, with the outcomes in
/// <see cref="Counts"/> and <see cref="Issues"/>, so that the run that resumes it ends with the report an
/// uninterrupted run gives.
/// </summary>
/// <remarks>
/// A durable <see cref="ISyncCheckpointStore"/> stores every member. <see cref="Issues"/> grows with the records
/// skipped or failed so far (a few hundred bytes each), and the whole checkpoint is written after every batch.
/// </remarks>
public sealed record SyncCheckpoint
{
    /// <summary>The stream the run was in.</summary>
    public required SyncStage Stage { get; init; }

    /// <summary>How many items of that stream were acknowledged.</summary>
    public required long Position { get; init; }

    /// <summary>The key of the last acknowledged item (an ATS id), to check the stream still has the same order on resume.</summary>
    public string? LastKey { get; init; }

    /// <summary>When the checkpoint was written.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>
    /// Job-posting tasks submitted but not yet seen final, by task id, with the external id of their job. A run that
    /// resumes from this checkpoint follows them before anything else, so a job LinkedIn refuses after a crash is still
    /// reported. Empty outside the jobs stage.
    /// </summary>
    public IReadOnlyDictionary<string, string> PendingJobTasks { get; init; } = new Dictionary<string, string>();

    /// <summary>The outcomes so far, per kind of record (what the report's <see cref="SyncReport.ByKind"/> would say now).</summary>
    public IReadOnlyDictionary<SyncEntityKind, SyncCounts> Counts { get; init; } = new Dictionary<SyncEntityKind, SyncCounts>();

    /// <summary>The records skipped or failed so far, with their reasons (what <see cref="SyncReport.Issues"/> would list now).</summary>
    public IReadOnlyList<SyncIssue> Issues { get; init; } = [];

    /// <summary>
    /// The external ids of the jobs whose posting task LinkedIn refused so far: their applications are reported
    /// <see cref="SyncReason.ParentNotSynced"/> instead of being sent.
    /// </summary>
    public IReadOnlyList<string> FailedJobs { get; init; } = [];

    /// <summary>Compares every member, the collections by content.</summary>
    /// <param name="other">The other checkpoint.</param>
    /// <returns>Whether both describe the same progress.</returns>
    public bool Equals(SyncCheckpoint? other) =>
        other is not null
        && Stage == other.Stage
        && Position == other.Position
        && string.Equals(LastKey, other.LastKey, StringComparison.Ordinal)
        && UpdatedAt == other.UpdatedAt
        && PendingJobTasks.Count == other.PendingJobTasks.Count
        && PendingJobTasks.All(p => other.PendingJobTasks.TryGetValue(p.Key, out string? job) && string.Equals(job, p.Value, StringComparison.Ordinal))
        && Counts.Count == other.Counts.Count
        && Counts.All(c => other.Counts.TryGetValue(c.Key, out SyncCounts? counts) && c.Value == counts)
        && Issues.SequenceEqual(other.Issues)
        && FailedJobs.SequenceEqual(other.FailedJobs, StringComparer.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stage, Position, LastKey, UpdatedAt, PendingJobTasks.Count, Counts.Count, Issues.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Stage = {Stage}, Position = {Position}, LastKey = {LastKey}, UpdatedAt = {UpdatedAt:O}, PendingJobTasks = {PendingJobTasks.Count}, Issues = {Issues.Count}, FailedJobs = {FailedJobs.Count}");
        return true;
    }
}
