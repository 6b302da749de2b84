namespace LinkedInRsc.Testing.Core;

/// <summary>
/// A request as a front-end received it: method, raw (still percent-encoded) path and query, headers and body.
/// </summary>
internal sealed class RawRequest
{
    public required string Method { get; init; }

    /// <summary>The path, percent-encoded as sent, e.g. <c>/v2/atsCandidates</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The query without <c>?</c>, percent-encoded as sent.</summary>
    public required string Query { get; init; }

    /// <summary>Headers by name (case-insensitive); repeated values joined with <c>,</c>.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>The body bytes (empty without a body, or when it was too large to read).</summary>
    public required byte[] Body { get; init; }

    /// <summary>Whether the front-end stopped reading the body because it is larger than <see cref="EmulatorOptions.MaxRequestBodyBytes"/>.</summary>
    public bool BodyTooLarge { get; init; }
}
