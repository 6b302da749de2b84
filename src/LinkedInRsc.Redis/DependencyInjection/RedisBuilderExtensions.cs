using LinkedInRsc.Notifications;
using LinkedInRsc.RecruiterActivity;
using LinkedInRsc.Redis;
using LinkedInRsc.Sync;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Runs the LinkedIn RSC SDK on several instances that share one Redis.</summary>
public static class RedisBuilderExtensions
{
    /// <summary>
    /// Replaces the SDK's in-memory defaults with Redis: the quota limiter of each customer application (shared by
    /// every instance), the sync and recruiter-activity checkpoint stores, the push de-duplication store, and a lease
    /// per customer sync so that one sync runs on one instance at a time. Call it after <c>AddLinkedInRsc</c> (and
    /// after <c>AddRecruiterActivity</c>, if used); a store the host registered itself before is replaced too.
    /// </summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="redis">The connection to share; the host owns it (create one per process and keep it).</param>
    /// <param name="configure">Changes the <see cref="RedisOptions"/>, if given.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ILinkedInRscBuilder UseRedis(this ILinkedInRscBuilder builder, IConnectionMultiplexer redis, Action<RedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return UseRedis(builder, _ => redis, configure);
    }

    /// <summary>As <see cref="UseRedis(ILinkedInRscBuilder, IConnectionMultiplexer, Action{RedisOptions}?)"/>, connecting with a StackExchange.Redis configuration string (e.g. <c>redis-1:6379,redis-2:6379,abortConnect=false</c>) when first needed; the service provider owns that connection.</summary>
    /// <param name="builder">The SDK builder.</param>
    /// <param name="configuration">The StackExchange.Redis configuration string.</param>
    /// <param name="configure">Changes the <see cref="RedisOptions"/>, if given.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is empty.</exception>
    public static ILinkedInRscBuilder UseRedis(this ILinkedInRscBuilder builder, string configuration, Action<RedisOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        builder.Services.TryAddSingleton(new OwnedConnection(configuration));
        return UseRedis(builder, sp => sp.GetRequiredService<OwnedConnection>().Value, configure);
    }

    private static ILinkedInRscBuilder UseRedis(ILinkedInRscBuilder builder, Func<IServiceProvider, IConnectionMultiplexer> redis, Action<RedisOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        IServiceCollection services = builder.Services;
        OptionsBuilder<RedisOptions> options = services.AddOptions<RedisOptions>().Validate(
            o => !string.IsNullOrEmpty(o.KeyPrefix) && o.SyncLease >= TimeSpan.FromSeconds(3) && o.PushRetention > TimeSpan.Zero && o.UnavailableRetryDelay > TimeSpan.Zero,
            "RedisOptions: KeyPrefix must not be empty, SyncLease at least 3 seconds, PushRetention and UnavailableRetryDelay positive.")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.Replace(ServiceDescriptor.Singleton(sp => new RedisParts(redis(sp), sp)));
        services.Replace(ServiceDescriptor.Singleton<ISyncCheckpointStore>(sp => sp.GetRequiredService<RedisParts>().Checkpoints));
        services.Replace(ServiceDescriptor.Singleton<IRecruiterActivityCheckpointStore>(sp => sp.GetRequiredService<RedisParts>().ActivityCheckpoints));
        services.Replace(ServiceDescriptor.Singleton<IPushDeduplicationStore>(sp => sp.GetRequiredService<RedisParts>().Pushes));
        services.Replace(ServiceDescriptor.Singleton<IQuotaLimiterProvider>(sp => sp.GetRequiredService<RedisParts>().Quotas));
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<SyncEngineFactory>(sp));
        services.Replace(ServiceDescriptor.Singleton<ISyncEngineFactory>(sp =>
            new LeasedSyncEngineFactory(sp.GetRequiredService<SyncEngineFactory>(), sp.GetRequiredService<RedisParts>().Leases)));
        return builder;
    }

    /// <summary>The Redis parts of one service provider, built once over one connection.</summary>
    private sealed class RedisParts
    {
        public RedisParts(IConnectionMultiplexer redis, IServiceProvider services)
        {
            RedisOptions options = services.GetRequiredService<IOptions<RedisOptions>>().Value;
            TimeProvider time = services.GetRequiredService<TimeProvider>();
            ILogger logger = services.GetService<ILoggerFactory>()?.CreateLogger("LinkedInRsc.Redis") ?? NullLogger.Instance;
            var keys = new RedisKeys(options.KeyPrefix);
            var availability = new RedisAvailability(time, options.UnavailableRetryDelay, logger);
            var claims = new RedisClaims(redis);
            Checkpoints = new RedisSyncCheckpointStore(redis, keys, availability);
            ActivityCheckpoints = new RedisRecruiterActivityCheckpointStore(redis, keys, availability);
            Pushes = new RedisPushDeduplicationStore(claims, keys, time, options.PushRetention);
            Quotas = new RedisQuotaLimiterProvider(redis, keys, time, availability);
            Leases = new RedisLeaseSettings(claims, keys, options.SyncLease, time, availability, logger);
        }

        public RedisSyncCheckpointStore Checkpoints { get; }

        public RedisRecruiterActivityCheckpointStore ActivityCheckpoints { get; }

        public RedisPushDeduplicationStore Pushes { get; }

        public RedisQuotaLimiterProvider Quotas { get; }

        public RedisLeaseSettings Leases { get; }
    }

    /// <summary>A connection the service provider opened from a configuration string, and closes when disposed.</summary>
    private sealed class OwnedConnection(string configuration) : IDisposable
    {
        private readonly Lazy<ConnectionMultiplexer> _connection = new(() => ConnectionMultiplexer.Connect(configuration));

        public IConnectionMultiplexer Value => _connection.Value;

        public void Dispose()
        {
            if (_connection.IsValueCreated)
            {
                _connection.Value.Dispose();
            }
        }
    }
}
