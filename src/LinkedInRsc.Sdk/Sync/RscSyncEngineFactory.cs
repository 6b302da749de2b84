using System.Collections.Concurrent;
using LinkedInRsc.Customers;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Sync;

/// <summary>
/// Creates <see cref="RscSyncEngine"/>s bound to a customer-scoped client, with the registered checkpoint store,
/// <see cref="RscSyncOptions"/>, clock and one quota limiter per customer application (sized by
/// <see cref="RscQuotaOptions"/>), shared by every engine of that customer so that concurrent syncs stay within its
/// quotas together. Registered as a singleton by <c>AddLinkedInRsc</c>.
/// </summary>
/// <example>
/// <code>
/// IRscCustomerClient client = await clients.ForCustomerAsync("acme");
/// using RscSyncEngine engine = engines.Create(client);
/// RscSyncReport report = await engine.SyncAsync(new RscSyncRequest { SyncId = "initial", Jobs = jobs, Candidates = candidates });
/// </code>
/// </example>
public sealed class RscSyncEngineFactory : IDisposable
{
    private readonly IRscSyncCheckpointStore _checkpoints;
    private readonly IOptions<RscSyncOptions> _options;
    private readonly IOptions<RscQuotaOptions> _quotas;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<RscSyncRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Creates the factory (normally resolved from DI).</summary>
    /// <param name="checkpoints">Where engines keep their checkpoints.</param>
    /// <param name="options">The default sync settings.</param>
    /// <param name="quotas">The quotas of each customer application.</param>
    /// <param name="timeProvider">The clock for waits and timestamps.</param>
    public RscSyncEngineFactory(IRscSyncCheckpointStore checkpoints, IOptions<RscSyncOptions> options, IOptions<RscQuotaOptions> quotas, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _checkpoints = checkpoints;
        _options = options;
        _quotas = quotas;
        _time = timeProvider;
    }

    /// <summary>Creates an engine that syncs through one customer's capability clients.</summary>
    /// <param name="client">The customer-scoped client (from <see cref="IRscClientFactory.ForCustomerAsync"/>).</param>
    /// <param name="options">Settings for this engine; the registered <see cref="RscSyncOptions"/> when <see langword="null"/>.</param>
    /// <returns>The engine; dispose it when done (the shared quota limiter stays with the factory).</returns>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    /// <exception cref="ObjectDisposedException">The factory was disposed.</exception>
    public RscSyncEngine Create(IRscCustomerClient client, RscSyncOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new RscSyncEngine(client.Customer.CustomerId, client.Jobs, client.Candidates, client.Applications, options ?? _options.Value, _checkpoints, LimiterFor(client), _time);
    }

    /// <summary>The quota limiter of the customer's application, shared by all its engines.</summary>
    internal RscSyncRateLimiter LimiterFor(IRscCustomerClient client)
    {
        string application = client.Customer.Credentials?.ClientId ?? client.Customer.CustomerId;
        return _limiters.GetOrAdd(application, _ => new Lazy<RscSyncRateLimiter>(() => new RscSyncRateLimiter(_quotas.Value, _time))).Value;
    }

    /// <summary>Disposes the quota limiters.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (Lazy<RscSyncRateLimiter> limiter in _limiters.Values)
        {
            if (limiter.IsValueCreated)
            {
                limiter.Value.Dispose();
            }
        }

        _limiters.Clear();
    }
}
