using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>The outcome of one key of a BATCH_GET, BATCH_UPDATE, BATCH_PARTIAL_UPDATE or BATCH_DELETE.</summary>
/// <remarks><see cref="ToString"/> prints no entity, element, metadata or link target: they may hold personal data.</remarks>
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

    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        // The entity is a candidate, an application…: personal data. The key prints its shape only.
        builder.Append("Key = ").Append(Key)
            .Append(", Outcome = ").Append(Outcome)
            .Append(", Status = ").Append(Status)
            .Append(", HasEntity = ").Append(Entity is not null)
            .Append(", Error = ").Append(Error);
        return true;
    }
}
