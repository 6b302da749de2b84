namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Where the recruiter-activity poller hands InMail messages (host extension point): the ATS stores them, keyed by
/// <see cref="ConversationEvent.Key"/>, and shows them through <see cref="InMailHistory"/>.
/// </summary>
/// <remarks>
/// Delivery is at least once: after a crash between a delivery and its checkpoint the same messages come again, so
/// storing must be idempotent (an upsert by key). Throwing fails this seat's InMail history for this round only; it is
/// handed again next round.
/// </remarks>
public interface IConversationEventSink
{
    /// <summary>Stores InMail messages of one seat's conversations.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="viewer">The seat the messages were read for (its holder's name and member URN included).</param>
    /// <param name="events">The messages, oldest first, without duplicates.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes once the messages are stored.</returns>
    ValueTask StoreAsync(string customerId, Seat viewer, IReadOnlyList<ConversationEvent> events, CancellationToken cancellationToken = default);
}
