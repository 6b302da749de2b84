using System.Net;

namespace LinkedInRsc;

/// <summary>Creates <see cref="EntityResult{TKey}"/> values.</summary>
public static class EntityResult
{
    /// <summary>A success.</summary>
    /// <param name="key">The entity key.</param>
    /// <param name="resourceId">The id LinkedIn assigned, if any.</param>
    /// <param name="requestId">LinkedIn's request id of the response, if any.</param>
    /// <returns>The outcome.</returns>
    /// <typeparam name="TKey">The key type.</typeparam>
    public static EntityResult<TKey> Success<TKey>(TKey key, string? resourceId = null, string? requestId = null)
        where TKey : notnull =>
        new() { Key = key, Outcome = EntityOutcome.Succeeded, ResourceId = resourceId, RequestId = requestId };

    /// <summary>An entity the SDK refused to send.</summary>
    /// <param name="key">The entity key.</param>
    /// <param name="error">The first rule it broke.</param>
    /// <returns>The outcome.</returns>
    /// <typeparam name="TKey">The key type.</typeparam>
    public static EntityResult<TKey> Invalid<TKey>(TKey key, ValidationError error)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(error);
        return new() { Key = key, Outcome = EntityOutcome.Invalid, Field = error.Field, Message = error.Reason };
    }

    /// <summary>An entity LinkedIn refused, or whose request failed.</summary>
    /// <param name="key">The entity key.</param>
    /// <param name="statusCode">The HTTP status, if any.</param>
    /// <param name="message">LinkedIn's message or the SDK's reason.</param>
    /// <param name="serviceErrorCode">LinkedIn's <c>serviceErrorCode</c>, if any.</param>
    /// <param name="isTransient">Whether a later retry may succeed; by default derived from the status (429 and 5xx).</param>
    /// <param name="requestId">LinkedIn's request id of the response, if any.</param>
    /// <returns>The outcome.</returns>
    /// <typeparam name="TKey">The key type.</typeparam>
    public static EntityResult<TKey> Failure<TKey>(TKey key, HttpStatusCode? statusCode, string? message, int? serviceErrorCode = null, bool? isTransient = null, string? requestId = null)
        where TKey : notnull =>
        new()
        {
            Key = key,
            Outcome = EntityOutcome.Failed,
            StatusCode = statusCode,
            Message = message,
            ServiceErrorCode = serviceErrorCode,
            IsTransient = isTransient ?? IsTransientStatus(statusCode),
            RequestId = requestId,
        };

    /// <summary>Whether a status is worth retrying: 408, 429 and 5xx.</summary>
    /// <param name="statusCode">The status.</param>
    /// <returns>Whether it is transient.</returns>
    public static bool IsTransientStatus(HttpStatusCode? statusCode) =>
        statusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int?)statusCode >= 500;
}
