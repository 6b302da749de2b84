using LinkedInRsc.Clients;
using LinkedInRsc.Customers;
using LinkedInRsc.Sync;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.RecruiterActivity;

/// <summary>
/// Pulls recruiter activity into the ATS: for each contract-level customer, for each seat of its contract-level
/// contracts, reads what is new since that seat's checkpoint (InMail messages, prospect notes, stub profiles) in
/// windows of at most 12 hours, hands each window to the host's sinks, and only then moves the checkpoint. A crash
/// between a delivery and its checkpoint hands that window again (the sinks store idempotently); nothing is skipped.
/// </summary>
/// <remarks>
/// <para>A failing seat (or kind of activity of a seat, or a contract's seat list) is reported in
/// <see cref="RecruiterActivityReport.Issues"/> and keeps its checkpoint, so the next round retries it from where it
/// stood; the other seats go on and keep their progress.</para>
/// <para>Stub profiles are placed in the talent pool by the <see cref="ITalentPoolHandler"/>, then synced back to
/// LinkedIn with the member attached through the sync engine (as candidates, whatever the Prospect rule says: a
/// talent-pool candidate has no application yet). A window whose sync-back fails is read again next round.</para>
/// <para>Run it on demand (<see cref="PollAsync"/>, <see cref="PollAllAsync"/>), or as the hosted service that
/// <c>AddRecruiterActivity</c> registers. Requests wait for the client-side quotas of
/// <see cref="RecruiterActivityOptions"/>.</para>
/// </remarks>
public sealed class RecruiterActivityPoller
{
    private const Features ContractFeatures = Features.RecruiterSeats | Features.InMailHistory | Features.NotesHistory | Features.InMailStubProfiles;
    private static readonly RecruiterActivityKind[] Kinds = [RecruiterActivityKind.InMails, RecruiterActivityKind.ProspectNotes, RecruiterActivityKind.MailStubs];

    private readonly ICustomerClientFactory _clients;
    private readonly ICustomerDirectory _directory;
    private readonly IRecruiterActivityCheckpointStore _checkpoints;
    private readonly SeatActivityReader _reader;
    private readonly RecruiterActivityOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <summary>Creates the poller (normally resolved from DI after <c>AddRecruiterActivity</c>).</summary>
    /// <param name="clients">Creates the customer-scoped clients.</param>
    /// <param name="directory">The customers; <see cref="PollAllAsync"/> reads the contract-level ones.</param>
    /// <param name="checkpoints">Where each seat's progress is kept.</param>
    /// <param name="inMails">Where InMail messages go.</param>
    /// <param name="notes">Where prospect notes go.</param>
    /// <param name="talentPool">Turns stub profiles into talent-pool candidates.</param>
    /// <param name="engines">Syncs the talent-pool candidates back to LinkedIn.</param>
    /// <param name="options">The windows, page size and quotas.</param>
    /// <param name="syncOptions">The sync engine's batching and retry settings for the sync-back.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">Counts and statuses only; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">A setting of <paramref name="options"/> is out of range; the message names it.</exception>
    public RecruiterActivityPoller(
        ICustomerClientFactory clients,
        ICustomerDirectory directory,
        IRecruiterActivityCheckpointStore checkpoints,
        IConversationEventSink inMails,
        IProspectNoteSink notes,
        ITalentPoolHandler talentPool,
        ISyncEngineFactory engines,
        IOptions<RecruiterActivityOptions> options,
        IOptions<SyncOptions> syncOptions,
        TimeProvider timeProvider,
        ILogger<RecruiterActivityPoller>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(inMails);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(talentPool);
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(syncOptions);
        ArgumentNullException.ThrowIfNull(timeProvider);
        string? problem = options.Value.Problems().FirstOrDefault();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _clients = clients;
        _directory = directory;
        _checkpoints = checkpoints;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _reader = new SeatActivityReader(inMails, notes, talentPool, engines, StubSyncOptions(syncOptions.Value));
    }

    /// <summary>Runs one round for one customer.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="progress">Receives progress after every window delivered.</param>
    /// <param name="cancellationToken">Stops the round after the window in flight; checkpoints keep what was delivered.</param>
    /// <returns>The round's report.</returns>
    /// <exception cref="CustomerNotFoundException">The customer is not in the directory.</exception>
    /// <exception cref="CustomerNotOnboardedException">The customer is not provisioned yet.</exception>
    /// <exception cref="FeatureNotEnabledException">The customer does not have contract-level access; nothing was sent.</exception>
    public async Task<RecruiterActivityReport> PollAsync(string customerId, IProgress<RecruiterActivityProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ICustomerClient client = await _clients.ForCustomerAsync(customerId, cancellationToken).ConfigureAwait(false);
        client.EnsureAllowed(ContractFeatures);
        return await PollCustomerAsync(client, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one round for every contract-level customer of the directory, one after another. Customers without
    /// contract-level access, or not provisioned yet, are left out without a request.
    /// </summary>
    /// <param name="progress">Receives progress after every window delivered.</param>
    /// <param name="cancellationToken">Stops the round after the window in flight.</param>
    /// <returns>One report per customer read; a customer whose state changed since the directory was listed (removed, access lowered) is left out.</returns>
    public async Task<IReadOnlyList<RecruiterActivityReport>> PollAllAsync(IProgress<RecruiterActivityProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var customers = new List<string>();
        await foreach (Customer customer in _directory.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (customer.Credentials is not null && (customer.Features & ContractFeatures) == ContractFeatures)
            {
                customers.Add(customer.CustomerId);
            }
        }

        var reports = new List<RecruiterActivityReport>(customers.Count);
        foreach (string customerId in customers.Order(StringComparer.Ordinal))
        {
            try
            {
                reports.Add(await PollAsync(customerId, progress, cancellationToken).ConfigureAwait(false));
            }
            catch (CustomerStateException ex)
            {
                // The directory changed since it was listed (removed, or access lowered): not this customer's round.
                string reason = ex.GetType().Name;
                RecruiterActivityLog.CustomerLeftOut(_logger, ex.CustomerId, reason);
            }
        }

        return reports;
    }

    private static SyncOptions StubSyncOptions(SyncOptions o) => new()
    {
        BatchSize = o.BatchSize,
        MaxConcurrency = o.MaxConcurrency,
        MaxRetryAttempts = o.MaxRetryAttempts,
        RetryBaseDelay = o.RetryBaseDelay,
        RateLimitedRetryDelay = o.RateLimitedRetryDelay,
        FollowJobTasks = false,
    };

    private static DateTimeOffset Truncate(DateTimeOffset time) => EpochMilliseconds.FromEpochMilliseconds(time.ToUnixTimeMilliseconds());

    private static RecruiterActivityIssue IssueOf(ContractUrn contract, SeatUrn? seat, RecruiterActivityKind kind, Exception ex) => ex switch
    {
        LinkedInRscException l => new RecruiterActivityIssue
        {
            Contract = contract,
            Seat = seat,
            Kind = kind,
            StatusCode = l.StatusCode,
            IsTransient = l.IsTransient,
            Message = l.ServiceMessage ?? l.Message,
            RequestId = l.RequestId,
        },
        StubSyncBackException s => new RecruiterActivityIssue { Contract = contract, Seat = seat, Kind = kind, IsTransient = s.IsTransient, Message = s.Message },

        // A host sink or store failed: its message is the host's and may carry anything, so only its type is kept.
        _ => new RecruiterActivityIssue
        {
            Contract = contract,
            Seat = seat,
            Kind = kind,
            IsTransient = true,
            Message = $"The host's {ex.GetType().Name} stopped this window; it is read again next round.",
        },
    };

    private async Task<RecruiterActivityReport> PollCustomerAsync(ICustomerClient client, IProgress<RecruiterActivityProgress>? progress, CancellationToken cancellationToken)
    {
        string customerId = client.Customer.CustomerId;
        DateTimeOffset startedAt = _time.GetUtcNow();
        DateTimeOffset now = Truncate(startedAt);
        var tally = new ActivityTally();
        foreach (RecruiterContract contract in client.Customer.Contracts.Where(c => c.AccessLevel == AccessLevel.Contract))
        {
            List<Seat> seats;
            try
            {
                seats = await ListSeatsAsync(client, contract.Urn, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                tally.Issue(IssueOf(contract.Urn, null, RecruiterActivityKind.Seats, ex));
                RecruiterActivityLog.SeatsFailed(_logger, customerId, contract.Urn.ToString(), (int?)(ex as LinkedInRscException)?.StatusCode);
                continue;
            }

            foreach (Seat seat in seats)
            {
                tally.Seat(seat.Urn);
                foreach (RecruiterActivityKind kind in Kinds)
                {
                    try
                    {
                        await PollKindAsync(client, seat, kind, now, tally, progress, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                    {
                        if (ex is StubSyncBackException stubs)
                        {
                            tally.Add(RecruiterActivityKind.MailStubs, failed: stubs.Failed);
                        }

                        tally.Issue(IssueOf(contract.Urn, seat.Urn, kind, ex));
                        RecruiterActivityLog.SeatFailed(_logger, customerId, seat.Urn.ToString(), kind, (int?)(ex as LinkedInRscException)?.StatusCode);
                    }
                }
            }
        }

        long requests = (client.RecruiterActivity as RecruiterActivityClient)?.Requests ?? 0;
        RecruiterActivityReport report = tally.ToReport(customerId, startedAt, _time.GetUtcNow(), _options.Interval, requests);
        RecruiterActivityLog.RoundCompleted(_logger, customerId, report.Seats, report.Totals.Delivered, report.Totals.Skipped, report.Totals.Failed, report.Issues.Count);
        return report;
    }

    private static async Task<List<Seat>> ListSeatsAsync(ICustomerClient client, ContractUrn contract, CancellationToken cancellationToken)
    {
        var seats = new List<Seat>();
        var seen = new HashSet<SeatUrn>();
        await foreach (Seat seat in client.RecruiterActivity.ListSeatsAsync(contract, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (seen.Add(seat.Urn))
            {
                seats.Add(seat);
            }
        }

        return seats;
    }

    /// <summary>Delivers one kind of a seat's activity window by window, saving the checkpoint after each.</summary>
    private async Task PollKindAsync(ICustomerClient client, Seat seat, RecruiterActivityKind kind, DateTimeOffset now, ActivityTally tally, IProgress<RecruiterActivityProgress>? progress, CancellationToken cancellationToken)
    {
        var key = new RecruiterActivityCheckpointKey(client.Customer.CustomerId, seat.Urn, kind);
        RecruiterActivityCheckpoint? checkpoint = await _checkpoints.GetAsync(key, cancellationToken).ConfigureAwait(false);
        DateTimeOffset from = Truncate(checkpoint?.Through ?? now - _options.InitialLookback);
        foreach (TimeWindow window in TimeWindow.Split(from, now, _options.Window))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await _reader.DeliverAsync(client, seat, kind, window, tally, cancellationToken).ConfigureAwait(false);
            await _checkpoints.SaveAsync(key, new RecruiterActivityCheckpoint(window.End), cancellationToken).ConfigureAwait(false);
            progress?.Report(new RecruiterActivityProgress(client.Customer.CustomerId, seat.Urn, kind, window.End, tally.Totals()));
        }
    }
}
