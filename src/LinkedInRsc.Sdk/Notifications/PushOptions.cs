namespace LinkedInRsc.Notifications;

/// <summary>
/// Settings of the push processor (<see cref="PushProcessor"/>). LinkedIn does not publish the push body's field names:
/// the field tables below are what the processor tries, in order, and can be changed without a new SDK version
/// should LinkedIn confirm (or change) a name.
/// </summary>
public sealed class PushOptions
{
    /// <summary>The largest body accepted, in bytes (default 64 KiB); a larger push is refused with 413 and not read further.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>How long a delivery holds its claim on a notification before another delivery may take it over (default 2 minutes).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Which readings of <c>X-LI-Signature</c> are accepted (default both).</summary>
    public PushSignatureReadings SignatureReadings { get; set; } = PushSignatureReadings.Both;

    /// <summary>Where the notification's own id is looked for (default <c>notificationId</c>, <c>id</c>, <c>eventId</c>).</summary>
    public IReadOnlyList<string> NotificationIdFields { get; set; } = ["notificationId", "id", "eventId"];

    /// <summary>Where the event type is looked for (default <c>eventType</c>, <c>type</c>, <c>notificationType</c>, <c>event</c>).</summary>
    public IReadOnlyList<string> EventTypeFields { get; set; } = ["eventType", "type", "notificationType", "event"];

    /// <summary>
    /// Where the request id for the follow-up look-up is looked for (default <c>requestId</c>, <c>id</c>): a body with
    /// only an <c>id</c> uses it for both, as vendors describe LinkedIn's <c>{id, type, expiresAt}</c>.
    /// </summary>
    public IReadOnlyList<string> RequestIdFields { get; set; } = ["requestId", "id"];

    /// <summary>Arrays a body may wrap several notifications in (default <c>events</c>, <c>notifications</c>, <c>elements</c>).</summary>
    public IReadOnlyList<string> WrapperFields { get; set; } = ["events", "notifications", "elements"];
}
