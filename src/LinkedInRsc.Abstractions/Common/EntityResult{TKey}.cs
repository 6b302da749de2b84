using System.Globalization;
using System.Net;

namespace LinkedInRsc;

/// <summary>
/// The outcome of one entity of a batch write: succeeded, invalid (found by the SDK before anything was sent) or
/// failed (refused by LinkedIn, with its status, <c>serviceErrorCode</c> and message).
/// </summary>
/// <typeparam name="TKey">The type of the entity's key (its ATS id, or a compound key).</typeparam>
/// <remarks>
/// <see cref="ToString"/> shows the outcome, the field and the status only: neither the key nor the message, which
/// may echo candidate data.
/// </remarks>
public sealed record EntityResult<TKey>
    where TKey : notnull
{
    /// <summary>The key of the entity this outcome is about.</summary>
    public required TKey Key { get; init; }

    /// <summary>What happened.</summary>
    public required EntityOutcome Outcome { get; init; }

    /// <summary>For <see cref="EntityOutcome.Invalid"/>: the wire name of the field that broke a rule (e.g. <c>atsLastModifiedAt</c>).</summary>
    public string? Field { get; init; }

    /// <summary>Why the entity is invalid or failed: the SDK's reason, or LinkedIn's message. May echo entity data: do not log it unredacted.</summary>
    public string? Message { get; init; }

    /// <summary>For <see cref="EntityOutcome.Failed"/>: the per-entity (or whole-request) HTTP status, when one was received.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>For <see cref="EntityOutcome.Failed"/>: LinkedIn's <c>serviceErrorCode</c>, when it sent one.</summary>
    public int? ServiceErrorCode { get; init; }

    /// <summary>For <see cref="EntityOutcome.Failed"/>: whether sending the entity again later may succeed (429, 5xx, timeouts).</summary>
    public bool IsTransient { get; init; }

    /// <summary>
    /// The id LinkedIn assigned when the write creates something, such as the id of the asynchronous task that
    /// creates a job posting; otherwise <see langword="null"/>.
    /// </summary>
    public string? ResourceId { get; init; }

    /// <summary>
    /// The request id LinkedIn returned for the request that carried the entity (its <c>x-li-request-id</c> header),
    /// for support cases; <see langword="null"/> when the entity was not sent or the response had none.
    /// </summary>
    public string? RequestId { get; init; }

    /// <summary>Whether the entity succeeded.</summary>
    public bool IsSuccess => Outcome == EntityOutcome.Succeeded;

    /// <summary>The outcome, field and status; never the key or the message.</summary>
    /// <returns>A text safe to log.</returns>
    public override string ToString() => Outcome switch
    {
        EntityOutcome.Invalid => $"Invalid ({Field})",
        EntityOutcome.Failed => StatusCode is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"Failed ({(int)s}{(ServiceErrorCode is { } c ? $", serviceErrorCode {c}" : string.Empty)})")
            : "Failed",
        _ => "Succeeded",
    };
}
