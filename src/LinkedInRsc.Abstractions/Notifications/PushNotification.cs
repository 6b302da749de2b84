using System.Text;

namespace LinkedInRsc.Notifications;

/// <summary>
/// A push notification LinkedIn sent to a customer's callback URL, after its signature was verified. LinkedIn does
/// not publish the body's field names; the SDK reads every plausible spelling (see docs/push-notifications.md).
/// </summary>
/// <remarks>The body carries ids only, never candidate data; <see cref="ToString"/> shows the ids.</remarks>
public sealed record PushNotification
{
    /// <summary>The notification's own id, used to process a notification LinkedIn sends again only once.</summary>
    public required string NotificationId { get; init; }

    /// <summary>What the notification announces.</summary>
    public required PushEventType EventType { get; init; }

    /// <summary>The id to look the announced data up with (<c>?q=request&amp;requestId=</c>), when the body had one.</summary>
    public string? RequestId { get; init; }

    /// <summary>The organization or contract URN the notification is about, when the body had one.</summary>
    public string? IntegrationContext { get; init; }

    /// <summary>When LinkedIn says the event happened, when the body had it.</summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>When LinkedIn says the notification expires, when the body had it.</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("NotificationId = ").Append(NotificationId)
            .Append(", EventType = ").Append(EventType.Value)
            .Append(", RequestId = ").Append(RequestId);
        return true;
    }
}
