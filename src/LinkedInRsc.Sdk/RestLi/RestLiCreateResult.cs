namespace LinkedInRsc.RestLi;

/// <summary>The outcome of one element of a BATCH_CREATE (<c>elements[i]</c>), matched by position.</summary>
public sealed record RestLiCreateResult
{
    /// <summary>The position of the entity in the request.</summary>
    public required int Index { get; init; }

    /// <summary>What happened.</summary>
    public required RestLiOutcome Outcome { get; init; }

    /// <summary>The per-element HTTP status (201 when created).</summary>
    public int? Status { get; init; }

    /// <summary>The id of the created entity (for job postings, the creation task id), when returned.</summary>
    public RestLiValue? Id { get; init; }

    /// <summary>The error, when the element failed with one.</summary>
    public RestLiError? Error { get; init; }
}
