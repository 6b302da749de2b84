using System.Net;

namespace LinkedInRsc.Sync;

/// <summary>
/// The outcome of one send attempt of a batch, as the retry policy sees it: how many records are still pending after a
/// transient failure, and what that failure said (status, message, LinkedIn's <c>Retry-After</c>).
/// </summary>
internal readonly record struct SendAttempt(int Pending, HttpStatusCode? StatusCode, string? Message, int? ServiceErrorCode, TimeSpan? RetryAfter = null, string? RequestId = null);
