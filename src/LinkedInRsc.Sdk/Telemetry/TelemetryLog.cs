using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Telemetry;

/// <summary>The HTTP pipeline's own log messages (event ids 1200-1299). Templates, methods and status codes only.</summary>
internal static partial class TelemetryLog
{
    [LoggerMessage(EventId = 1200, EventName = "RequestResent", Level = LogLevel.Information,
        Message = "Sending {HttpMethod} {UrlTemplate} again (resend {ResendCount}) after {ErrorType}.")]
    public static partial void RequestResent(ILogger logger, string httpMethod, string urlTemplate, int resendCount, string errorType);

    [LoggerMessage(EventId = 1201, EventName = "Throttled", Level = LogLevel.Warning,
        Message = "LinkedIn answered HTTP 429 to {HttpMethod} {UrlTemplate}: the application's quota is exhausted.")]
    public static partial void Throttled(ILogger logger, string httpMethod, string urlTemplate);
}
