using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>The outcome of one key of a BATCH_GET, BATCH_UPDATE, BATCH_PARTIAL_UPDATE or BATCH_DELETE.</summary>
public sealed record RestLiKeyResult
{
    /// <summary>The key, as given in the request.</summary>
    public required RestLiValue Key { get; init; }

    /// <summary>What happened.</summary>
    public required RestLiOutcome Outcome { get; init; }

    /// <summary>The per-key HTTP status, when the response carried one.</summary>
    public int? Status { get; init; }

    /// <summary>The entity (BATCH_GET), when returned.</summary>
    public JsonElement? Entity { get; init; }

    /// <summary>The error, when the key failed with one.</summary>
    public RestLiError? Error { get; init; }
}
