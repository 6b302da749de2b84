namespace LinkedInRsc;

/// <summary>
/// LinkedIn does not serve the requested version of its versioned API: it answered <c>426</c> with
/// <c>NONEXISTENT_VERSION</c>, because the <c>LinkedIn-Version</c> sent is unknown or retired.
/// </summary>
/// <remarks>
/// A subtype of <see cref="LinkedInRscException"/> because its handling differs: no retry helps; an operator must set
/// the SDK's <c>LinkedInRsc:LinkedInVersion</c> (or the resource's own <c>LinkedInRsc:Resources:{name}:LinkedInVersion</c>)
/// to a version LinkedIn supports.
/// </remarks>
public sealed class ApiVersionNotActiveException : LinkedInRscException
{
    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    public ApiVersionNotActiveException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    /// <param name="innerException">The cause.</param>
    public ApiVersionNotActiveException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The <c>LinkedIn-Version</c> LinkedIn refused (e.g. <c>202401</c>), or <see langword="null"/> when the request carried none.</summary>
    public string? Version { get; init; }
}
