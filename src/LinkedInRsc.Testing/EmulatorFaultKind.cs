namespace LinkedInRsc.Testing;

/// <summary>
/// What an injected fault does to a request. Before processing (the default) the request is not processed at all;
/// with <see cref="EmulatorFault.AfterProcessing"/> it is processed (its writes are kept) and only the answer is
/// replaced, as when LinkedIn did the work but its response was lost.
/// </summary>
public enum EmulatorFaultKind
{
    /// <summary>
    /// Answer with <see cref="EmulatorFault.StatusCode"/> and a LinkedIn-shaped error body (with a <c>Retry-After</c>
    /// header when <see cref="EmulatorFault.RetryAfter"/> is set).
    /// </summary>
    Status = 0,

    /// <summary>Wait <see cref="EmulatorFault.Delay"/> on the emulator's clock, then answer normally.</summary>
    Delay = 1,

    /// <summary>
    /// Drop the connection (a reset): the HTTP server closes it in the middle of the response (after the headers, so
    /// clients do not silently retry it as a stale pooled connection); the in-memory handler throws
    /// <see cref="HttpRequestException"/>.
    /// </summary>
    DropConnection = 2,

    /// <summary>Answer 200 with <c>Content-Type: application/json</c> and a truncated, unparsable JSON body.</summary>
    MalformedBody = 3,

    /// <summary>Answer 200 with <c>Content-Type: application/json</c> and an empty body.</summary>
    EmptyBody = 4,

    /// <summary>
    /// Answer with the real status and the first half of the real body, with a <c>Content-Length</c> that matches
    /// what is sent (valid HTTP, unparsable JSON). Only <see cref="EmulatorFault.AfterProcessing"/>: there is no real
    /// answer to cut before processing.
    /// </summary>
    TruncatedBody = 5,

    /// <summary>
    /// Never answer: the request is held for <see cref="EmulatorFault.Delay"/> on the emulator's clock (100 seconds,
    /// <see cref="HttpClient"/>'s default timeout, when zero) or until the client gives up, then the connection is
    /// dropped. Await <see cref="EmulatorFaults.WaitForDelayedRequestsAsync"/> to know a request is held.
    /// </summary>
    Timeout = 6,
}
