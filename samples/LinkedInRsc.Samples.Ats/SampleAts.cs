using System.Collections.Concurrent;
using LinkedInRsc.Candidates;
using LinkedInRsc.RecruiterActivity;

namespace LinkedInRsc.Samples.Ats;

/// <summary>
/// A small in-memory ATS that plugs into the SDK's recruiter-activity extension points: register one instance as the
/// <see cref="IConversationEventSink"/>, the <see cref="IProspectNoteSink"/> and the <see cref="ITalentPoolHandler"/>,
/// and read each customer's data and views from <see cref="Tenant"/>.
/// </summary>
public sealed class SampleAts : IConversationEventSink, IProspectNoteSink, ITalentPoolHandler
{
    private readonly ConcurrentDictionary<string, SampleAtsTenant> _tenants = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates the ATS.</summary>
    /// <param name="timeProvider">The clock for the candidates' timestamps; the system clock when <see langword="null"/>.</param>
    public SampleAts(TimeProvider? timeProvider = null) => _time = timeProvider ?? TimeProvider.System;

    /// <summary>One customer's data (created on first use).</summary>
    /// <param name="customerId">The customer.</param>
    /// <returns>Its data.</returns>
    public SampleAtsTenant Tenant(string customerId) => _tenants.GetOrAdd(customerId, _ => new SampleAtsTenant(_time));

    /// <inheritdoc />
    ValueTask IConversationEventSink.StoreAsync(string customerId, Seat viewer, IReadOnlyList<ConversationEvent> events, CancellationToken cancellationToken)
    {
        Tenant(customerId).StoreInMails(viewer, events);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    ValueTask IProspectNoteSink.StoreAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken)
    {
        Tenant(customerId).StoreNotes(owner, notes);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    ValueTask IProspectNoteSink.DeleteAsync(string customerId, Seat owner, IReadOnlyList<ProspectNote> notes, CancellationToken cancellationToken)
    {
        Tenant(customerId).DeleteNotes(notes);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    ValueTask<AtsCandidate?> ITalentPoolHandler.PlaceAsync(string customerId, MailStub stub, CancellationToken cancellationToken) =>
        ValueTask.FromResult<AtsCandidate?>(Tenant(customerId).Place(stub));
}
