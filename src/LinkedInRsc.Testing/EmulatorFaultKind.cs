namespace LinkedInRsc.Testing;

/// <summary>What an injected fault does to a request.</summary>
public enum EmulatorFaultKind
{
    /// <summary>Answer with <see cref="EmulatorFault.StatusCode"/> and a LinkedIn-shaped error body, without processing the request.</summary>
    Status,

    /// <summary>Wait <see cref="EmulatorFault.Delay"/> on the emulator's clock, then process the request normally.</summary>
    Delay,

    /// <summary>
    /// Drop the connection: the HTTP server closes it in the middle of the response (after the headers, so clients do
    /// not silently retry it as a stale pooled connection); the in-memory handler throws <see cref="HttpRequestException"/>.
    /// </summary>
    DropConnection,

    /// <summary>Answer 200 with <c>Content-Type: application/json</c> and a truncated, unparsable JSON body, without processing the request.</summary>
    MalformedBody,
}
