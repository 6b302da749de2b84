using LinkedInRsc.Customers;
using LinkedInRsc.Redis;
using LinkedInRsc.Sync;
using LinkedInRsc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace LinkedInRsc.Redis.Tests;

/// <summary>
/// One instance of an ATS fleet: its own service provider (AddLinkedInRsc + UseRedis over its own Redis connection)
/// against the harness's emulator, on the harness's clock, with the harness's customer in its directory.
/// </summary>
internal sealed class FleetHost : IAsyncDisposable
{
    private FleetHost(ServiceProvider services, ConnectionMultiplexer redis, ICustomerClient client)
    {
        Services = services;
        Redis = redis;
        Client = client;
    }

    public ServiceProvider Services { get; }

    public ConnectionMultiplexer Redis { get; }

    public ICustomerClient Client { get; }

    /// <summary>Whether this instance's engines wait for the shared quota right now (the window is full for them).</summary>
    public bool WaitsForQuota => Limiters.Created.Any(l => l.GetStatistics().HasWaiters);

    private CapturingQuotaLimiters Limiters { get; init; } = null!;

    public ISyncEngine CreateEngine() => Services.GetRequiredService<ISyncEngineFactory>().Create(Client);

    public static async Task<FleetHost> StartAsync(
        EmulatorHarness harness,
        RedisServer server,
        string prefix,
        Action<QuotaOptions>? quotas = null,
        Action<IServiceCollection>? services = null,
        Action<RedisOptions>? redisOptions = null)
    {
        LinkedInRscEmulator target = harness.Emulator;
        ConnectionMultiplexer redis = await server.ConnectAsync();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(harness.Time);
        services?.Invoke(collection);
        ILinkedInRscBuilder rsc = collection.AddLinkedInRsc(o =>
        {
            o.BaseAddress = target.BaseAddress;
            o.TokenEndpoint = target.TokenEndpoint;
            o.ClientId = target.PartnerCredentials.ClientId;
            o.ClientSecret = target.PartnerCredentials.ClientSecret;
            o.MaxRetryAttempts = 0;
            o.AttemptTimeout = TimeSpan.FromMinutes(10); // the fake clock jumps while requests are in flight
            o.TotalTimeout = TimeSpan.FromHours(1);
        });
        rsc.HttpClientBuilder.ConfigurePrimaryHttpMessageHandler(() => target.CreateHttpMessageHandler());
        collection.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(() => target.CreateHttpMessageHandler());
        rsc.UseRedis(redis, o =>
        {
            o.KeyPrefix = prefix;
            redisOptions?.Invoke(o);
        });
        if (quotas is not null)
        {
            collection.Configure(quotas);
        }

        // The same Redis limiters UseRedis creates, kept so that the clock driver can see when this instance waits.
        CapturingQuotaLimiters? limiters = null;
        collection.Replace(ServiceDescriptor.Singleton<IQuotaLimiterProvider>(sp => limiters = new CapturingQuotaLimiters(new RedisQuotaLimiterProvider(
            redis,
            new RedisKeys(prefix),
            harness.Time,
            new RedisAvailability(harness.Time, TimeSpan.FromSeconds(1), sp.GetRequiredService<ILoggerFactory>().CreateLogger("LinkedInRsc.Redis"))))));

        ServiceProvider provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Customer customer = (await harness.Services.GetRequiredService<ICustomerDirectory>().FindAsync(harness.Client.Customer.CustomerId))!;
        await provider.GetRequiredService<ICustomerDirectory>().SaveAsync(customer);
        ICustomerClient client = await provider.GetRequiredService<ICustomerClientFactory>().ForCustomerAsync(customer.CustomerId);
        _ = provider.GetRequiredService<IQuotaLimiterProvider>();
        return new FleetHost(provider, redis, client) { Limiters = limiters! };
    }

    /// <summary>Kills this instance as far as the others can tell: its Redis connection closes (no renewal, no release, no more writes).</summary>
    public Task CutRedisAsync() => Redis.CloseAsync(allowCommandsToComplete: false);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Redis.DisposeAsync();
    }

    private sealed class CapturingQuotaLimiters(IQuotaLimiterProvider inner) : IQuotaLimiterProvider
    {
        public System.Collections.Concurrent.ConcurrentBag<SyncRateLimiter> Created { get; } = [];

        public SyncRateLimiter Create(string application, QuotaOptions quotas)
        {
            SyncRateLimiter limiter = inner.Create(application, quotas);
            Created.Add(limiter);
            return limiter;
        }
    }
}
