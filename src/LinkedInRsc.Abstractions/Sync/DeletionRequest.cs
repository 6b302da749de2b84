namespace LinkedInRsc.Sync;

/// <summary>A deletion run: a customer's data-deletion request, or candidates removed from the ATS.</summary>
public sealed record DeletionRequest
{
    /// <summary>The checkpoint name of this run, unique per customer.</summary>
    public required string SyncId { get; init; }

    /// <summary>The records to delete, read once in order.</summary>
    public required IAsyncEnumerable<Deletion> Deletions { get; init; }
}
