using System.Collections.Concurrent;
using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Exports;
using LinkedInRsc.RecruiterActivity;

namespace LinkedInRsc.Samples.Ats;

/// <summary>
/// A small in-memory ATS that plugs into every host extension point of the SDK: register one instance as the
/// <see cref="IExportHandler"/> (1-click exports, placed after <see cref="ExportPolicy.Check"/>), the
/// <see cref="IPurgedCandidateHandler"/> (members who closed their profile), the <see cref="IConversationEventSink"/>,
/// the <see cref="IProspectNoteSink"/> and the <see cref="ITalentPoolHandler"/> (recruiter activity), and read each
/// customer's data and views from <see cref="Tenant"/>.
/// </summary>
public sealed class SampleAts : IExportHandler, IPurgedCandidateHandler, IConversationEventSink, IProspectNoteSink, ITalentPoolHandler
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
    public Task<ExportDecision> PlaceAsync(ICustomerClient customer, ExportedCandidate exportedCandidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(exportedCandidate);
        return Task.FromResult(Tenant(customer.Customer.CustomerId).PlaceExport(exportedCandidate));
    }

    /// <inheritdoc />
    public Task OnPurgedAsync(ICustomerClient customer, IReadOnlyList<PurgedCandidate> purged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(purged);
        Tenant(customer.Customer.CustomerId).Purge(purged);
        return Task.CompletedTask;
    }

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
