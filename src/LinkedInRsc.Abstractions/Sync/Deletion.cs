namespace LinkedInRsc.Sync;

/// <summary>One record to delete.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">Its ATS id.</param>
public sealed record Deletion(DeletionKind Kind, string Id);
