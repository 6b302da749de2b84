using System.Collections.Concurrent;
using LinkedInRsc.Customers;
using Microsoft.Extensions.Options;

namespace LinkedInRsc.Sync;

/// <summary>
/// The default <see cref="ISyncEngineFactory"/>: creates <see cref="SyncEngine"/>s bound to a customer-scoped client, with the registered checkpoint store,
/// <see cref="SyncOptions"/>, clock and one quota limiter per customer application (sized by
/// <see cref="QuotaOptions"/>), shared by every engine of that customer so that concurrent syncs stay within its
/// quotas together. Registered as a singleton by <c>AddLinkedInRsc</c>.
/// </summary>
/// <example>
/// <code>
/// ICustomerClient client = await clients.ForCustomerAsync("acme");
/// ISyncEngine engine = engines.Create(client);
/// SyncReport report = await engine.SyncAsync(new SyncRequest { SyncId = "initial", Jobs = jobs, Candidates = candidates });
/// </code>
/// </example>
public sealed class SyncEngineFactory : ISyncEngineFactory, IDisposable
{
    private readonly ISyncCheckpointStore _checkpoints;
    private readonly IOptions<SyncOptions> _options;
    private readonly IOptions<QuotaOptions> _quotas;
    private readonly TimeProvider _time;
    private readonly IProspectStageProvider _prospects;
    private readonly IQuotaLimiterProvider? _quotaLimiters;
    private readonly ConcurrentDictionary<string, Lazy<SyncRateLimiter>> _limiters = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <summary>Creates the factory (normally resolved from DI).</summary>
    /// <param name="checkpoints">Where engines keep their checkpoints.</param>
    /// <param name="options">The default sync settings.</param>
    /// <param name="quotas">The quotas of each customer application.</param>
    /// <param name="timeProvider">The clock for waits and timestamps.</param>
    /// <param name="prospects">Which records are prospect-only; <see cref="ProspectStageNameProvider"/> when <see langword="null"/>.</param>
    /// <param name="quotaLimiters">Creates the quota limiter of each customer application (e.g. one shared by several processes); in-memory limiters when <see langword="null"/>.</param>
    public SyncEngineFactory(ISyncCheckpointStore checkpoints, IOptions<SyncOptions> options, IOptions<QuotaOptions> quotas, TimeProvider timeProvider, IProspectStageProvider? prospects = null, IQuotaLimiterProvider? quotaLimiters = null)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(quotas);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _checkpoints = checkpoints;
        _options = options;
        _quotas = quotas;
        _time = timeProvider;
        _prospects = prospects ?? ProspectStageNameProvider.Instance;
        _quotaLimiters = quotaLimiters;
    }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The factory was disposed.</exception>
    public ISyncEngine Create(ICustomerClient client, SyncOptions? options = null, IProspectStageProvider? prospects = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return new SyncEngine(client.Customer.CustomerId, client.Jobs, client.Candidates, client.Applications, options ?? _options.Value, _checkpoints, LimiterFor(client), _time, prospects ?? _prospects);
    }

    /// <summary>The quota limiter of the customer's application, shared by all its engines.</summary>
    internal SyncRateLimiter LimiterFor(ICustomerClient client)
    {
        string application = client.Customer.Credentials?.ClientId ?? client.Customer.CustomerId;
        return _limiters.GetOrAdd(application, _ => new Lazy<SyncRateLimiter>(() => _quotaLimiters?.Create(application, _quotas.Value) ?? new SyncRateLimiter(_quotas.Value, _time))).Value;
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
