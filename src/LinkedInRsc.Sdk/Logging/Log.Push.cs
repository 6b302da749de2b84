using Microsoft.Extensions.Logging;

namespace LinkedInRsc.Logging;

/// <content>3000-3099: push notifications and 1-click exports. Ids, reasons and event types only, never a body.</content>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, EventName = "PushRefused", Level = LogLevel.Warning,
        Message = "Refused a request to the callback of customer {CustomerId}: {Reason}. Nothing was processed.")]
    public static partial void PushRefused(ILogger logger, string customerId, string reason);

    [LoggerMessage(EventId = 3001, EventName = "PushProcessed", Level = LogLevel.Information,
        Message = "Processed push notification {NotificationId} ({EventType}) of customer {CustomerId}.")]
    public static partial void PushProcessed(ILogger logger, string notificationId, string eventType, string customerId);

    [LoggerMessage(EventId = 3002, EventName = "PushDuplicate", Level = LogLevel.Information,
        Message = "Push notification {NotificationId} of customer {CustomerId} was processed before; acknowledged again without processing.")]
    public static partial void PushDuplicate(ILogger logger, string notificationId, string customerId);

    [LoggerMessage(EventId = 3003, EventName = "PushInProgress", Level = LogLevel.Information,
        Message = "Push notification {NotificationId} of customer {CustomerId} is being processed by another delivery; not acknowledged.")]
    public static partial void PushInProgress(ILogger logger, string notificationId, string customerId);

    [LoggerMessage(EventId = 3004, EventName = "PushFailed", Level = LogLevel.Error,
        Message = "Processing push notification {NotificationId} ({EventType}) of customer {CustomerId} failed ({ExceptionType}); not acknowledged, so LinkedIn delivers it again.")]
    public static partial void PushFailed(ILogger logger, string notificationId, string eventType, string customerId, string exceptionType);

    [LoggerMessage(EventId = 3005, EventName = "PushUnknownEvent", Level = LogLevel.Information,
        Message = "Push notification {NotificationId} of customer {CustomerId} has an event type the SDK does not handle ({EventType}); acknowledged.")]
    public static partial void PushUnknownEvent(ILogger logger, string notificationId, string customerId, string eventType);

    [LoggerMessage(EventId = 3006, EventName = "ChallengeAnswered", Level = LogLevel.Information,
        Message = "Answered LinkedIn's validation of the callback of customer {CustomerId}.")]
    public static partial void ChallengeAnswered(ILogger logger, string customerId);

    [LoggerMessage(EventId = 3010, EventName = "ExportRefused", Level = LogLevel.Warning,
        Message = "Export {RequestId} of customer {CustomerId} was not placed: {Reason}.")]
    public static partial void ExportRefused(ILogger logger, string requestId, string customerId, string reason);

    [LoggerMessage(EventId = 3011, EventName = "ExportPlaced", Level = LogLevel.Information,
        Message = "Export {RequestId} of customer {CustomerId} was placed as candidate {AtsCandidateId} and linked on LinkedIn.")]
    public static partial void ExportPlaced(ILogger logger, string requestId, string customerId, string atsCandidateId);

    [LoggerMessage(EventId = 3012, EventName = "IntegrationStatusRecorded", Level = LogLevel.Information,
        Message = "Recorded customer {CustomerId}'s access level {AccessLevel} after integration status change {RequestId}.")]
    public static partial void IntegrationStatusRecorded(ILogger logger, string customerId, Customers.AccessLevel accessLevel, string requestId);
}
