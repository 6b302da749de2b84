using LinkedInRsc.Customers;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Exports;

/// <summary>
/// The check LinkedIn requires at least every 30 days: read the exported members whose profiles were closed
/// (<c>atsPurgedExportedCandidates</c>) of every customer with 1-click export, and hand them to the host's
/// <see cref="IPurgedCandidateHandler"/> to delete or anonymise. Run <see cref="RunAsync"/> in a hosted service, or
/// <see cref="CheckAllAsync"/> from a scheduler of your own.
/// </summary>
public sealed class PurgedCandidatesCheck
{
    /// <summary>The longest interval LinkedIn allows between two checks.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(30);

    private readonly ICustomerClientFactory _clients;
    private readonly ICustomerDirectory _directory;
    private readonly IPurgedCandidateHandler _handler;
    private readonly TimeProvider _time;
    private readonly IOptionsMonitor<PurgedCandidatesCheckOptions> _options;

    /// <summary>Creates the check (normally resolved from DI, once an <see cref="IPurgedCandidateHandler"/> is registered).</summary>
    /// <param name="clients">The customer-scoped client factory.</param>
    /// <param name="directory">The customer directory.</param>
    /// <param name="handler">The host's handler.</param>
    /// <param name="timeProvider">The clock the interval is measured on.</param>
    /// <param name="options">The interval.</param>
    public PurgedCandidatesCheck(ICustomerClientFactory clients, ICustomerDirectory directory, IPurgedCandidateHandler handler, TimeProvider timeProvider, IOptionsMonitor<PurgedCandidatesCheckOptions> options)
    {
        _clients = clients ?? throw new ArgumentNullException(nameof(clients));
        _directory = directory ?? throw new ArgumentNullException(nameof(directory));
        _handler = handler ?? throw new ArgumentNullException(nameof(handler));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <summary>Checks every customer whose access level allows 1-click export once.</summary>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>How many purged members were handed to the host, over all customers.</returns>
    /// <exception cref="LinkedInRscException">A read failed; the customers before it were handled.</exception>
    public async Task<int> CheckAllAsync(CancellationToken cancellationToken = default)
    {
        int handed = 0;
        await foreach (Customer customer in _directory.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (customer.Credentials is null || customer.Organization is null || !customer.Features.HasFlag(Features.OneClickExport))
            {
                continue;
            }

            ICustomerClient client = await _clients.ForCustomerAsync(customer.CustomerId, cancellationToken).ConfigureAwait(false);
            var purged = new List<PurgedCandidate>();
            await foreach (PurgedCandidate candidate in client.Exports.ListPurgedAsync(cancellationToken).ConfigureAwait(false))
            {
                purged.Add(candidate);
            }

            if (purged.Count > 0)
            {
                await _handler.OnPurgedAsync(client, purged, cancellationToken).ConfigureAwait(false);
                handed += purged.Count;
            }
        }

        return handed;
    }

    /// <summary>Checks every customer now and then every <see cref="PurgedCandidatesCheckOptions.Interval"/>, until cancelled.</summary>
    /// <param name="cancellationToken">Stops the loop.</param>
    /// <returns>A task that completes when cancelled.</returns>
    /// <exception cref="OptionsValidationException">The interval is not positive or longer than 30 days.</exception>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        TimeSpan interval = _options.CurrentValue.Interval;
        if (interval <= TimeSpan.Zero || interval > MaxInterval)
        {
            throw new OptionsValidationException(
                nameof(PurgedCandidatesCheckOptions),
                typeof(PurgedCandidatesCheckOptions),
                [$"PurgedCandidatesCheckOptions.Interval must be positive and at most 30 days (LinkedIn's limit), not {interval}."]);
        }

        using var timer = new PeriodicTimer(interval, _time);
        do
        {
            try
            {
                await CheckAllAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (LinkedInRscException) when (!cancellationToken.IsCancellationRequested)
            {
                // A failed round is repeated at the next tick; the interval stays within LinkedIn's 30 days.
            }
        }
        while (await WaitAsync(timer, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
