using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Samples.AtsWeb.Data;

namespace LinkedInRsc.Samples.AtsWeb.LinkedIn;

/// <summary>Stores the InMail messages the poller reads, idempotently, in SQLite.</summary>
public sealed class SampleConversationEventSink(AtsStore store) : IConversationEventSink
{
    public async ValueTask StoreAsync(string customerId, Seat viewer, IReadOnlyList<ConversationEvent> events, CancellationToken cancellationToken = default) =>
        await store.StoreInMailsAsync(customerId, events, cancellationToken);
}
