using System.Collections.Concurrent;
using LinkedInRsc.Customers;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Sync;

/// <summary>
/// Creates <see cref="SyncEngine"/>s bound to a customer-scoped client, with the registered checkpoint store,
/// <see cref="SyncOptions"/>, clock and one quota limiter per customer application (sized by
/// <see cref="QuotaOptions"/>), shared by every engine of that customer so that concurrent syncs stay within its
/// quotas together. Registered as a singleton by <c>AddLinkedInRsc</c>.
/// </summary>
/// <example>
/// <code>
/// ICustomerClient client = await clients.ForCustomerAsync("acme");
/// using SyncEngine engine = engines.Create(client);
/// SyncReport report = await engine.SyncAsync(new SyncRequest { SyncId = "initial", Jobs = jobs, Candidates = candidates });
/// </code>
/// </example>
public sealed class SyncEngineFactory : IDisposable
{
    private readonly ISyncCheckpointStore _checkpoints;
    private readonly IOptions<SyncOptions> _options;
    private readonly IOptions<QuotaOptions> _quotas;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, Lazy<SyncRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Creates the factory (normally resolved from DI).</summary>
    /// <param name="checkpoints">Where engines keep their checkpoints.</param>
    /// <param name="options">The default sync settings.</param>
    /// <param name="quotas">The quotas of each customer application.</param>
    /// <param name="timeProvider">The clock for waits and timestamps.</param>
    public SyncEngineFactory(ISyncCheckpointStore checkpoints, IOptions<SyncOptions> options, IOptions<QuotaOptions> quotas, TimeProvider timeProvider)
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
    /// <param name="client">The customer-scoped client (from <see cref="ICustomerClientFactory.ForCustomerAsync"/>).</param>
    /// <param name="options">Settings for this engine; the registered <see cref="SyncOptions"/> when <see langword="null"/>.</param>
    /// <returns>The engine; dispose it when done (the shared quota limiter stays with the factory).</returns>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    /// <exception cref="ObjectDisposedException">The factory was disposed.</exception>
    public SyncEngine Create(ICustomerClient client, SyncOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SyncEngine(client.Customer.CustomerId, client.Jobs, client.Candidates, client.Applications, options ?? _options.Value, _checkpoints, LimiterFor(client), _time);
    }

    /// <summary>The quota limiter of the customer's application, shared by all its engines.</summary>
    internal SyncRateLimiter LimiterFor(ICustomerClient client)
    {
        string application = client.Customer.Credentials?.ClientId ?? client.Customer.CustomerId;
        return _limiters.GetOrAdd(application, _ => new Lazy<SyncRateLimiter>(() => new SyncRateLimiter(_quotas.Value, _time))).Value;
    }

    /// <summary>Disposes the quota limiters.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        foreach (Lazy<SyncRateLimiter> limiter in _limiters.Values)
        {
            if (limiter.IsValueCreated)
            {
                limiter.Value.Dispose();
            }
        }

        _limiters.Clear();
    }
}
