using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace LinkedInRsc.RestLi;

/// <summary>
/// Maps a failed HTTP exchange with LinkedIn to <see cref="LinkedInRscException"/>: status, <c>serviceErrorCode</c>,
/// message, Rest.li <c>code</c>, request id (headers <c>x-li-request-id</c> / <c>x-restli-request-id</c>, else the body's
/// <c>requestId</c>), HTTP method, request URI without its query string, and whether a retry may help. The exception
/// message carries LinkedIn's message but no other body content, no token and no query string. Usable by any part of
/// the SDK (token endpoint included).
/// </summary>
internal static class LinkedInRscExceptionFactory
{
    /// <summary>How much of an error body is read to find LinkedIn's error object.</summary>
    internal const int MaxErrorBodyBytes = 64 * 1024;

    private static readonly string[] RequestIdHeaders = ["x-li-request-id", "x-restli-request-id"];

    /// <summary>Builds the exception for a non-success response, reading (a bounded part of) its body.</summary>
    internal static async Task<LinkedInRscException> FromResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        RestLiError? error = null;
        try
        {
            byte[] body = await ReadBoundedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            error = ParseError(body);
        }
        catch (HttpRequestException)
        {
            // The body could not be read: the status and headers still describe the failure.
        }
        catch (IOException)
        {
        }

        if (response.StatusCode == HttpStatusCode.UpgradeRequired || string.Equals(error?.Code, NonexistentVersion, StringComparison.Ordinal))
        {
            return FromVersionRefusal(response, error);
        }

        return FromParts(response.StatusCode, response.RequestMessage?.Method, response.RequestMessage?.RequestUri, ReadRequestId(response), error, ReadRetryAfter(response));
    }

    /// <summary>LinkedIn's code for an unknown or retired <c>LinkedIn-Version</c> (with status 426).</summary>
    internal const string NonexistentVersion = "NONEXISTENT_VERSION";

    private static ApiVersionNotActiveException FromVersionRefusal(HttpResponseMessage response, RestLiError? error)
    {
        string? version = response.RequestMessage?.Headers.TryGetValues(ApiRoute.VersionHeader, out var values) == true ? values.FirstOrDefault() : null;
        Uri? address = WithoutQuery(response.RequestMessage?.RequestUri);
        string? requestId = ReadRequestId(response) ?? error?.RequestId;
        string message = string.Create(
            CultureInfo.InvariantCulture,
            $"LinkedIn does not serve API version {version ?? "(none sent)"} ({(int)response.StatusCode} {error?.Code ?? NonexistentVersion}) for {response.RequestMessage?.Method.Method} {address}: set LinkedInRsc:LinkedInVersion, or the resource's LinkedInRsc:Resources:{{name}}:LinkedInVersion, to an active version.{(requestId is null ? string.Empty : $" Request id {requestId}.")}");
        return new ApiVersionNotActiveException(message)
        {
            Version = version,
            StatusCode = response.StatusCode,
            ServiceErrorCode = error?.ServiceErrorCode,
            ServiceMessage = error?.Message,
            ErrorCode = error?.Code ?? NonexistentVersion,
            RequestId = requestId,
            HttpMethod = response.RequestMessage?.Method.Method,
            RequestUri = address,
            IsTransient = false,
        };
    }

    /// <summary>The <c>Retry-After</c> header as a delay (a date is taken relative to the response's own <c>Date</c>).</summary>
    internal static TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        RetryConditionHeaderValue? header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta >= TimeSpan.Zero ? delta : TimeSpan.Zero;
        }

        if (header?.Date is { } date && response.Headers.Date is { } sent)
        {
            TimeSpan wait = date - sent;
            return wait >= TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>Builds the exception from the parts of a failed exchange.</summary>
    internal static LinkedInRscException FromParts(HttpStatusCode statusCode, HttpMethod? method, Uri? requestUri, string? requestIdHeader, RestLiError? error, TimeSpan? retryAfter = null)
    {
        string? requestId = requestIdHeader ?? error?.RequestId;
        Uri? address = WithoutQuery(requestUri);
        bool transient = IsTransient(statusCode);
        return new LinkedInRscException(BuildMessage(statusCode, method?.Method, address, error, requestId, transient))
        {
            StatusCode = statusCode,
            ServiceErrorCode = error?.ServiceErrorCode,
            ServiceMessage = error?.Message,
            ErrorCode = error?.Code,
            RequestId = requestId,
            HttpMethod = method?.Method,
            RequestUri = address,
            IsTransient = transient,
            RetryAfter = retryAfter,
        };
    }

    /// <summary>
    /// Whether an exception from sending a request means no answer arrived — a connection failure, a timeout (the
    /// pipeline's or <see cref="HttpClient.Timeout"/>), or a refusal by the resilience pipeline (an open circuit, a
    /// rate limiter) — rather than the caller's own cancellation.
    /// </summary>
    internal static bool IsTransportFailure(Exception exception, CancellationToken callerToken) => exception switch
    {
        HttpRequestException or IOException or Polly.ExecutionRejectedException => true,
        OperationCanceledException => !callerToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>
    /// Builds the exception for a request that got no response (connection failure, timeout, or the resilience
    /// pipeline refusing to send it): always transient, with the pipeline's <c>Retry-After</c> when it gave one.
    /// </summary>
    internal static LinkedInRscException FromTransportFailure(HttpMethod method, Uri? requestUri, Exception cause)
    {
        Uri? address = WithoutQuery(requestUri);
        string what = cause switch
        {
            Polly.CircuitBreaker.BrokenCircuitException => "was not sent: the circuit breaker is open after too many recent failures",
            Polly.RateLimiting.RateLimiterRejectedException => "was not sent: the client-side rate limiter refused it",
            Polly.Timeout.TimeoutRejectedException or TimeoutException or OperationCanceledException => "timed out",
            _ => "failed without a response",
        };
        return new LinkedInRscException($"The request {method.Method} {address} {what}; it may succeed if retried.", cause)
        {
            HttpMethod = method.Method,
            RequestUri = address,
            IsTransient = true,
            RetryAfter = cause is Polly.RateLimiting.RateLimiterRejectedException { RetryAfter: { } wait } ? wait : null,
        };
    }

    /// <summary>The exception for a key of a batch read or write that LinkedIn refused, where the SDK cannot report it per entity.</summary>
    internal static LinkedInRscException FromKeyFailure(string message, int? status, RestLiError? error, string? requestId) => new(message)
    {
        StatusCode = status is int s ? (HttpStatusCode)s : null,
        ServiceErrorCode = error?.ServiceErrorCode,
        ServiceMessage = error?.Message,
        ErrorCode = error?.Code,
        RequestId = requestId ?? error?.RequestId,
        IsTransient = status is int code && IsTransient((HttpStatusCode)code),
    };

    /// <summary>Whether a later retry may succeed: 408, 429 and 5xx (the same rule as per-entity statuses).</summary>
    internal static bool IsTransient(HttpStatusCode statusCode) => EntityResult.IsTransientStatus(statusCode);

    /// <summary>The URI without its query string and fragment (which may carry ids or secrets).</summary>
    internal static Uri? WithoutQuery(Uri? uri) => LinkedInRscException.WithoutQuery(uri);

    /// <summary>The request id header of a response.</summary>
    internal static string? ReadRequestId(HttpResponseMessage response)
    {
        foreach (string name in RequestIdHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                string? value = values.FirstOrDefault();
                if (!string.IsNullOrEmpty(value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>Parses LinkedIn's or Rest.li's error body; <see langword="null"/> when the body is not a JSON error object.</summary>
    internal static RestLiError? ParseError(ReadOnlySpan<byte> body)
    {
        // Not JSON, or JSON with a string that is not text (which would throw only when read): no error object.
        if (body.IsEmpty || !Internal.JsonText.IsReadable(body))
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
            using var document = JsonDocument.ParseValue(ref reader);
            return RestLiError.FromJson(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string BuildMessage(HttpStatusCode statusCode, string? method, Uri? address, RestLiError? error, string? requestId, bool transient)
    {
        var message = new StringBuilder("LinkedIn answered ");
        message.Append(((int)statusCode).ToString(CultureInfo.InvariantCulture)).Append(" (").Append(statusCode).Append(") to ")
            .Append(method ?? "the request").Append(' ').Append(address?.ToString() ?? "(unknown address)");
        if (error?.ServiceErrorCode is int code)
        {
            message.Append("; serviceErrorCode ").Append(code.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(error?.Code))
        {
            message.Append("; code ").Append(error.Code);
        }

        if (!string.IsNullOrEmpty(error?.Message))
        {
            message.Append(": ").Append(error.Message);
        }

        message.Append('.');
        if (!string.IsNullOrEmpty(requestId))
        {
            message.Append(" Request id: ").Append(requestId).Append('.');
        }

        if (transient)
        {
            message.Append(" The failure is transient; the request may succeed if retried later.");
        }

        return message.ToString();
    }

    private static async Task<byte[]> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        byte[] buffer = new byte[MaxErrorBodyBytes];
        int total = 0;
        while (total < buffer.Length)
        {
            int read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return buffer[..total];
    }
}
