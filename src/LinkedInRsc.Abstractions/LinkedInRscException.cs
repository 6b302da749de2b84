using System.Net;

namespace LinkedInRsc;

/// <summary>
/// The one exception type the SDK throws for a failed call to LinkedIn: the service answered with an error status,
/// or the token endpoint refused the credentials. Per-entity failures inside a batch are not exceptions: they are
/// reported in the batch result.
/// </summary>
/// <remarks>
/// The message and every property are free of secrets, access tokens and candidate data: the request URI is stripped
/// of its query string, and only LinkedIn's own error message is kept from the response body.
/// </remarks>
public class LinkedInRscException : Exception
{
    /// <summary>Creates an exception with a message only (no HTTP exchange took place).</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    public LinkedInRscException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    /// <param name="innerException">The cause.</param>
    public LinkedInRscException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing a failed HTTP exchange with LinkedIn.</summary>
    /// <param name="message">What went wrong, safe to log.</param>
    /// <param name="details">The facts of the failed exchange.</param>
    /// <param name="innerException">The cause, if any.</param>
    public LinkedInRscException(string message, LinkedInRscErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(details);
        StatusCode = details.StatusCode;
        ServiceErrorCode = details.ServiceErrorCode;
        ServiceMessage = details.ServiceMessage;
        ErrorCode = details.ErrorCode;
        RequestId = details.RequestId;
        HttpMethod = details.HttpMethod;
        RequestUri = details.RequestUri;
        IsTransient = details.IsTransient;
        RetryAfter = details.RetryAfter;
    }

    /// <summary>The HTTP status LinkedIn answered with, or <see langword="null"/> when no response was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>LinkedIn's <c>serviceErrorCode</c>, when the error body carried one.</summary>
    public int? ServiceErrorCode { get; }

    /// <summary>LinkedIn's error <c>message</c> (or OAuth <c>error_description</c>), when the error body carried one.</summary>
    public string? ServiceMessage { get; }

    /// <summary>LinkedIn's symbolic error code, such as the Rest.li <c>code</c> or the OAuth <c>error</c> (<c>invalid_client</c>).</summary>
    public string? ErrorCode { get; }

    /// <summary>The request id LinkedIn returned in the <c>x-li-request-id</c> (or <c>x-restli-request-id</c>) header, for support cases.</summary>
    public string? RequestId { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? HttpMethod { get; }

    /// <summary>The address of the failed request, without its query string (which may carry ids or secrets).</summary>
    public Uri? RequestUri { get; }

    /// <summary>
    /// Whether retrying the same request later may succeed (429, 5xx, timeouts). The SDK has already retried
    /// idempotent requests according to its resilience settings when this exception reaches the caller.
    /// </summary>
    public bool IsTransient { get; }

    /// <summary>
    /// How long LinkedIn asked the caller to wait before trying again (its <c>Retry-After</c> header, as a delay), or
    /// <see langword="null"/> when it did not say.
    /// </summary>
    public TimeSpan? RetryAfter { get; }
}

/// <summary>The facts of a failed HTTP exchange, used to build a <see cref="LinkedInRscException"/>.</summary>
public sealed record LinkedInRscErrorDetails
{
    /// <summary>The HTTP status answered, if any.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>LinkedIn's <c>serviceErrorCode</c>.</summary>
    public int? ServiceErrorCode { get; init; }

    /// <summary>LinkedIn's error message.</summary>
    public string? ServiceMessage { get; init; }

    /// <summary>LinkedIn's symbolic error code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The request id header value.</summary>
    public string? RequestId { get; init; }

    /// <summary>The HTTP method.</summary>
    public string? HttpMethod { get; init; }

    /// <summary>The request address; the query string is removed when the exception is built.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>Whether a later retry may succeed.</summary>
    public bool IsTransient { get; init; }

    /// <summary>The wait LinkedIn asked for in its <c>Retry-After</c> header, as a delay.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
