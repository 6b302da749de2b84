using System.Net;

namespace LinkedInRsc.Sync;

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

    /// <summary>
    /// <see cref="EntityOutcome.Skipped"/>, <see cref="EntityOutcome.Invalid"/> (the SDK did not send it; the reason
    /// is <see cref="SyncReason.Invalid"/>) or <see cref="EntityOutcome.Failed"/>. Invalid and failed records are both
    /// counted in <see cref="SyncCounts.Failed"/>.
    /// </summary>
    public required EntityOutcome Outcome { get; init; }

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

    /// <summary>LinkedIn's request id of the response that refused the record, if any (for support cases).</summary>
    public string? RequestId { get; init; }

    /// <summary>Kind, outcome, reason and field; no key and no message.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => $"{Kind} {Outcome} ({Reason}{(Field is null ? string.Empty : ", " + Field)})";
}
