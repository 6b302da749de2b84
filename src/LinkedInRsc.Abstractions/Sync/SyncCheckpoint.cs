namespace LinkedInRsc.Sync;

/// <summary>
/// How far a sync run got: every input item of <see cref="Stage"/> before <see cref="Position"/> (and every item of the
/// earlier stages) was acknowledged by LinkedIn, or reported.
/// </summary>
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

    /// <summary>Compares every member, <see cref="PendingJobTasks"/> by content.</summary>
    /// <param name="other">The other checkpoint.</param>
    /// <returns>Whether both describe the same progress.</returns>
    public bool Equals(SyncCheckpoint? other) =>
        other is not null
        && Stage == other.Stage
        && Position == other.Position
        && string.Equals(LastKey, other.LastKey, StringComparison.Ordinal)
        && UpdatedAt == other.UpdatedAt
        && PendingJobTasks.Count == other.PendingJobTasks.Count
        && PendingJobTasks.All(p => other.PendingJobTasks.TryGetValue(p.Key, out string? job) && string.Equals(job, p.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stage, Position, LastKey, UpdatedAt, PendingJobTasks.Count);

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Stage = {Stage}, Position = {Position}, LastKey = {LastKey}, UpdatedAt = {UpdatedAt:O}, PendingJobTasks = {PendingJobTasks.Count}");
        return true;
    }
}
