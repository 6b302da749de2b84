using LinkedInRsc.Candidates;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Delivers one window of one kind of a seat's activity to the host: InMail messages to the
/// <see cref="IConversationEventSink"/>, notes to the <see cref="IProspectNoteSink"/>, stubs through the
/// <see cref="ITalentPoolHandler"/> and then, with the member attached, back to LinkedIn through the sync engine.
/// Duplicates within a window are removed (and counted skipped) before anything is handed over.
/// </summary>
internal sealed class SeatActivityReader(
    IConversationEventSink inMails,
    IProspectNoteSink notes,
    ITalentPoolHandler talentPool,
    ISyncEngineFactory engines,
    SyncOptions syncOptions)
{
    public Task DeliverAsync(ICustomerClient client, Seat seat, RecruiterActivityKind kind, TimeWindow window, ActivityTally tally, CancellationToken cancellationToken) => kind switch
    {
        RecruiterActivityKind.InMails => DeliverInMailsAsync(client, seat, window, tally, cancellationToken),
        RecruiterActivityKind.ProspectNotes => DeliverNotesAsync(client, seat, window, tally, cancellationToken),
        RecruiterActivityKind.MailStubs => DeliverStubsAsync(client, seat, window, tally, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Seats are listed, not delivered."),
    };

    private async Task DeliverInMailsAsync(ICustomerClient client, Seat seat, TimeWindow window, ActivityTally tally, CancellationToken cancellationToken)
    {
        var unique = new Dictionary<ConversationEventKey, ConversationEvent>();
        var ordered = new List<ConversationEvent>();
        long duplicates = 0;
        await foreach (ConversationEvent e in client.RecruiterActivity.ListConversationEventsAsync(seat.Urn, window.Start, window.End, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (unique.TryAdd(e.Key, e))
            {
                ordered.Add(e);
            }
            else
            {
                duplicates++;
            }
        }

        if (ordered.Count > 0)
        {
            await inMails.StoreAsync(client.Customer.CustomerId, seat, ordered, cancellationToken).ConfigureAwait(false);
        }

        tally.Add(RecruiterActivityKind.InMails, delivered: ordered.Count, skipped: duplicates);
    }

    private async Task DeliverNotesAsync(ICustomerClient client, Seat seat, TimeWindow window, ActivityTally tally, CancellationToken cancellationToken)
    {
        // A note edited while its window is paged can come twice: keep its latest version only, in modification order.
        var latest = new Dictionary<string, ProspectNote>(StringComparer.Ordinal);
        long versions = 0;
        await foreach (ProspectNote note in client.RecruiterActivity.ListProspectNotesAsync(seat.Contract, [seat.Urn], window.Start, window.End, cancellationToken).ConfigureAwait(false))
        {
            versions++;
            if (note.Supersedes(latest.GetValueOrDefault(note.Id)))
            {
                latest[note.Id] = note;
            }
        }

        ProspectNote[] ordered = [.. latest.Values.OrderBy(n => n.LastModifiedAt)];
        ProspectNote[] active = [.. ordered.Where(n => n.IsActive)];
        ProspectNote[] deleted = [.. ordered.Where(n => !n.IsActive)];
        if (active.Length > 0)
        {
            await notes.StoreAsync(client.Customer.CustomerId, seat, active, cancellationToken).ConfigureAwait(false);
        }

        if (deleted.Length > 0)
        {
            await notes.DeleteAsync(client.Customer.CustomerId, seat, deleted, cancellationToken).ConfigureAwait(false);
        }

        tally.Add(RecruiterActivityKind.ProspectNotes, delivered: ordered.Length, skipped: versions - ordered.Length);
    }

    private async Task DeliverStubsAsync(ICustomerClient client, Seat seat, TimeWindow window, ActivityTally tally, CancellationToken cancellationToken)
    {
        // One candidate per member: a member who shared twice in one window is placed once, with the latest stub.
        var latest = new Dictionary<PersonUrn, MailStub>();
        long read = 0;
        await foreach (MailStub stub in client.RecruiterActivity.ListMailStubsAsync(seat.Contract, [seat.Urn], window.Start, window.End, cancellationToken).ConfigureAwait(false))
        {
            read++;
            if (!latest.TryGetValue(stub.Member, out MailStub? held) || (stub.CreatedAt ?? default) >= (held.CreatedAt ?? default))
            {
                latest[stub.Member] = stub;
            }
        }

        var candidates = new List<AtsCandidate>(latest.Count);
        long declined = 0;
        foreach (MailStub stub in latest.Values.OrderBy(s => s.CreatedAt))
        {
            AtsCandidate? candidate = await talentPool.PlaceAsync(client.Customer.CustomerId, stub, cancellationToken).ConfigureAwait(false);
            if (candidate is null)
            {
                declined++;
            }
            else
            {
                candidates.Add(candidate with { ManualMatchedMember = stub.Member });
            }
        }

        if (candidates.Count > 0)
        {
            await SyncBackAsync(client, seat, window, candidates, tally, cancellationToken).ConfigureAwait(false);
        }

        tally.Add(RecruiterActivityKind.MailStubs, delivered: candidates.Count, skipped: declined + (read - latest.Count));
    }

    /// <summary>Syncs the talent-pool candidates to LinkedIn with their member attached; any failure fails the window.</summary>
    private async Task SyncBackAsync(ICustomerClient client, Seat seat, TimeWindow window, List<AtsCandidate> candidates, ActivityTally tally, CancellationToken cancellationToken)
    {
        ISyncEngine engine = engines.Create(client, syncOptions, NothingProspectOnly.Instance);
        SyncReport report = await engine.SyncAsync(
            new SyncRequest
            {
                SyncId = $"recruiter-activity/{seat.Urn.Id}/{window.End.ToUnixTimeMilliseconds()}",
                Candidates = ToAsync(candidates.Select(c => new CandidateRecord { Candidate = c })),
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        tally.SyncedBack(report);
        if (report.Totals.Failed > 0)
        {
            SyncIssue first = report.Issues[0];
            throw new StubSyncBackException(
                $"{report.Totals.Failed} of {candidates.Count} talent-pool candidates were not synced back to LinkedIn ({first.Reason}: {first.Message}); the stubs are read again next round.",
                report.Totals.Failed,
                report.Issues.All(i => i.StatusCode is null || i.StatusCode == System.Net.HttpStatusCode.TooManyRequests || (int)i.StatusCode >= 500));
        }
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
