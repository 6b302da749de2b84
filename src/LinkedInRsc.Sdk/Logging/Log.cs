using System.Net;
using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Logging;

/// <summary>
/// The SDK's log messages, source-generated. Event ids are stable (part of the public contract for log queries).
/// Never pass a token, a secret, a request/response body or candidate data to these methods: client ids, HTTP
/// methods, status codes and OAuth error codes only.
/// </summary>
internal static partial class Log
{
    // 1000-1099: token acquisition
    [LoggerMessage(EventId = 1000, EventName = "TokenRequesting", Level = LogLevel.Debug,
        Message = "Requesting an access token for client id {ClientId} from {TokenEndpoint}.")]
    public static partial void TokenRequesting(ILogger logger, string clientId, string tokenEndpoint);

    [LoggerMessage(EventId = 1001, EventName = "TokenAcquired", Level = LogLevel.Information,
        Message = "Acquired an access token for client id {ClientId}; it expires at {ExpiresAt:O} and will be replaced at {RefreshAt:O}.")]
    public static partial void TokenAcquired(ILogger logger, string clientId, DateTimeOffset expiresAt, DateTimeOffset refreshAt);

    [LoggerMessage(EventId = 1002, EventName = "TokenRequestRefused", Level = LogLevel.Error,
        Message = "LinkedIn refused the access token request of client id {ClientId}: HTTP {StatusCode}, OAuth error '{OAuthError}'.")]
    public static partial void TokenRequestRefused(ILogger logger, string clientId, int statusCode, string? oAuthError);

    [LoggerMessage(EventId = 1003, EventName = "TokenEndpointUnreachable", Level = LogLevel.Error,
        Message = "The token endpoint {TokenEndpoint} could not be reached for client id {ClientId}.")]
    public static partial void TokenEndpointUnreachable(ILogger logger, Exception exception, string clientId, string tokenEndpoint);

    [LoggerMessage(EventId = 1004, EventName = "TokenInvalidated", Level = LogLevel.Information,
        Message = "Discarded the cached access token of client id {ClientId} after LinkedIn rejected it.")]
    public static partial void TokenInvalidated(ILogger logger, string clientId);

    // 1100-1199: request pipeline
    [LoggerMessage(EventId = 1100, EventName = "UnauthorizedRetrying", Level = LogLevel.Warning,
        Message = "LinkedIn answered HTTP 401 to {HttpMethod} for client id {ClientId}; retrying once with a new access token.")]
    public static partial void UnauthorizedRetrying(ILogger logger, string httpMethod, string clientId);

    [LoggerMessage(EventId = 1101, EventName = "UnauthorizedAfterRefresh", Level = LogLevel.Error,
        Message = "LinkedIn answered HTTP {StatusCode} to {HttpMethod} for client id {ClientId} again with a new access token; giving up.")]
    public static partial void UnauthorizedAfterRefresh(ILogger logger, HttpStatusCode statusCode, string httpMethod, string clientId);
}
