namespace LinkedInRsc.Notifications;

/// <summary>
/// Told about a signed push whose event type the SDK does not handle (LinkedIn adds event types over time). The push
/// is acknowledged either way, so an unknown type never makes LinkedIn retry; the SDK logs it when no handler is registered.
/// </summary>
public interface IUnknownPushHandler
{
    /// <summary>Receives the notification. An exception leaves the push unacknowledged, so LinkedIn delivers it again.</summary>
    /// <param name="customerId">The customer whose callback received it.</param>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the host is done.</returns>
    Task OnUnknownPushAsync(string customerId, PushNotification notification, CancellationToken cancellationToken = default);
}
