using System.Net;

namespace LinkedInRsc;

/// <summary>
/// The one exception type the SDK throws for a failed call to LinkedIn: the service answered with an error status,
/// the request got no response, or the token endpoint refused the credentials. Per-entity failures inside a batch are
/// not exceptions: they are reported in the batch result. What the SDK refuses before sending anything is not this
/// exception either: see <see cref="Customers.CustomerStateException"/> and <see cref="ArgumentException"/>.
/// </summary>
/// <remarks>
/// <para>The details of the failed exchange are this exception's own properties, set when it is created (a test
/// double can create one the same way: <c>new LinkedInRscException("…") { StatusCode = HttpStatusCode.TooManyRequests,
/// IsTransient = true }</c>).</para>
/// <para>The message and every property are free of secrets, access tokens and candidate data: the request URI is
/// stripped of its query string when set, and only LinkedIn's own error message is kept from the response body.</para>
/// </remarks>
public class LinkedInRscException : Exception
{
    private readonly Uri? _requestUri;

    /// <summary>Creates an exception with a message only.</summary>
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

    /// <summary>The HTTP status LinkedIn answered with, or <see langword="null"/> when no response was received.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>LinkedIn's <c>serviceErrorCode</c>, when the error body carried one.</summary>
    public int? ServiceErrorCode { get; init; }

    /// <summary>LinkedIn's error <c>message</c> (or OAuth <c>error_description</c>), when the error body carried one.</summary>
    public string? ServiceMessage { get; init; }

    /// <summary>LinkedIn's symbolic error code, such as the Rest.li <c>code</c> or the OAuth <c>error</c> (<c>invalid_client</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>The request id LinkedIn returned in the <c>x-li-request-id</c> (or <c>x-restli-request-id</c>) header, for support cases.</summary>
    public string? RequestId { get; init; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? HttpMethod { get; init; }

    /// <summary>The address of the failed request, without its query string (which may carry ids or secrets).</summary>
    public Uri? RequestUri
    {
        get => _requestUri;
        init => _requestUri = WithoutQuery(value);
    }

    /// <summary>
    /// Whether retrying the same request later may succeed (429, 5xx, timeouts). The SDK has already retried
    /// idempotent requests according to its resilience settings when this exception reaches the caller.
    /// </summary>
    public bool IsTransient { get; init; }

    /// <summary>
    /// How long LinkedIn asked the caller to wait before trying again (its <c>Retry-After</c> header, as a delay), or
    /// <see langword="null"/> when it did not say.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The URI without its query string and fragment (which may carry ids or secrets).</summary>
    internal static Uri? WithoutQuery(Uri? uri)
    {
        if (uri is null)
        {
            return null;
        }

        if (!uri.IsAbsoluteUri)
        {
            string text = uri.OriginalString;
            int cut = text.IndexOfAny(['?', '#']);
            return cut < 0 ? uri : new Uri(text[..cut], UriKind.Relative);
        }

        return new Uri(uri.GetLeftPart(UriPartial.Path));
    }
}
