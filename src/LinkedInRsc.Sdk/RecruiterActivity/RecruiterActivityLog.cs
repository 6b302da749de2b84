using Microsoft.Extensions.Logging;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>The recruiter-activity log messages (event ids 1300-1399): customer ids, seat URNs, counts and statuses only.</summary>
internal static partial class RecruiterActivityLog
{
    [LoggerMessage(EventId = 1300, EventName = "RecruiterActivityRoundCompleted", Level = LogLevel.Information,
        Message = "Recruiter activity of customer {CustomerId}: {Seats} seat(s), {Delivered} delivered, {Skipped} skipped, {Failed} failed, {Issues} issue(s).")]
    public static partial void RoundCompleted(ILogger logger, string customerId, int seats, long delivered, long skipped, long failed, int issues);

    [LoggerMessage(EventId = 1301, EventName = "RecruiterActivitySeatsFailed", Level = LogLevel.Warning,
        Message = "Could not list the seats of contract {Contract} of customer {CustomerId} (HTTP {StatusCode}); retried next round.")]
    public static partial void SeatsFailed(ILogger logger, string customerId, string contract, int? statusCode);

    [LoggerMessage(EventId = 1302, EventName = "RecruiterActivitySeatFailed", Level = LogLevel.Warning,
        Message = "Could not deliver {Kind} of seat {Seat} of customer {CustomerId} (HTTP {StatusCode}); its checkpoint is kept and it is retried next round.")]
    public static partial void SeatFailed(ILogger logger, string customerId, string seat, RecruiterActivityKind kind, int? statusCode);

    [LoggerMessage(EventId = 1303, EventName = "RecruiterActivityRoundFailed", Level = LogLevel.Error,
        Message = "A recruiter-activity round failed; the next one runs at {NextDueAt:O}.")]
    public static partial void RoundFailed(ILogger logger, Exception exception, DateTimeOffset nextDueAt);

    [LoggerMessage(EventId = 1304, EventName = "RecruiterActivityCustomerLeftOut", Level = LogLevel.Information,
        Message = "Customer {CustomerId} was left out of the recruiter-activity round ({Reason}).")]
    public static partial void CustomerLeftOut(ILogger logger, string customerId, string reason);
}
