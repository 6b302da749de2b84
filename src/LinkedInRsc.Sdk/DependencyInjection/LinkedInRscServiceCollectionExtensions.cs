using LinkedInRsc;
using LinkedInRsc.Authentication;
using LinkedInRsc.Configuration.Internal;
using LinkedInRsc.Http;
using LinkedInRsc.Sync;
using LinkedInRsc.Wire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the LinkedIn RSC SDK in an <see cref="IServiceCollection"/>.</summary>
public static class LinkedInRscServiceCollectionExtensions
{
    /// <summary>
    /// Adds the LinkedIn RSC SDK with settings bound from a configuration section (conventionally
    /// <c>LinkedInRsc</c>): <see cref="LinkedInRscOptions"/> from the section itself, <see cref="SyncOptions"/> from its
    /// <c>Sync</c> sub-section and <see cref="QuotaOptions"/> from <c>Quota</c>. Settings are validated when the host starts.
    /// </summary>
    /// <param name="services">The services to add to.</param>
    /// <param name="configuration">The configuration section holding <see cref="LinkedInRscOptions"/>.</param>
    /// <returns>A builder to configure the SDK further.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ILinkedInRscBuilder AddLinkedInRsc(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LinkedInRscOptions>().Bind(configuration);
        services.AddOptions<SyncOptions>().Bind(configuration.GetSection(LinkedInRscDefaults.SyncSectionName));
        services.AddOptions<QuotaOptions>().Bind(configuration.GetSection(LinkedInRscDefaults.QuotaSectionName));
        return AddCore(services);
    }

    /// <summary>Adds the LinkedIn RSC SDK with settings set by a delegate. Settings are validated when the host starts.</summary>
    /// <param name="services">The services to add to.</param>
    /// <param name="configure">Sets the <see cref="LinkedInRscOptions"/>.</param>
    /// <returns>A builder to configure the SDK further.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ILinkedInRscBuilder AddLinkedInRsc(this IServiceCollection services, Action<LinkedInRscOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<LinkedInRscOptions>().Configure(configure);
        return AddCore(services);
    }

    private static LinkedInRscBuilder AddCore(IServiceCollection services)
    {
        IHttpClientBuilder apiClient = services.AddHttpClient(LinkedInRscDefaults.HttpClientName);
        IHttpClientBuilder tokenClient = services.AddHttpClient(LinkedInRscDefaults.TokenHttpClientName);
        var builder = new LinkedInRscBuilder(services, apiClient, tokenClient);

        // A second AddLinkedInRsc call only adds configuration: the handlers must not be stacked twice.
        if (services.Any(d => d.ServiceType == typeof(RegistrationMarker)))
        {
            return builder;
        }

        services.AddSingleton<RegistrationMarker>();
        services.AddOptionsWithValidateOnStart<LinkedInRscOptions, LinkedInRscOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LinkedInRscOptions>, LinkedInRscOptionsCrossFieldValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LinkedInRscOptions>, WireOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        LinkedInRscClientRegistration.AddClients(services);
        services.TryAddSingleton<IAccessTokenProvider, ClientCredentialsTokenProvider>();
        services.TryAddTransient<BearerTokenHandler>();

        // IHttpClientFactory's default request logging redacts a header only in its formatted message and keeps the raw
        // value (the bearer token) in the entry's structured state, which structured sinks export. The SDK's clients log
        // through a logger of their own instead, under the same categories and event ids, that never holds the value.
        apiClient.RedactLoggedHeaders(static header => string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase));
        tokenClient.RedactLoggedHeaders(static header => string.Equals(header, "Authorization", StringComparison.OrdinalIgnoreCase));
        foreach ((IHttpClientBuilder client, string name) in new[] { (apiClient, LinkedInRscDefaults.HttpClientName), (tokenClient, LinkedInRscDefaults.TokenHttpClientName) })
        {
            client.RemoveAllLoggers()
                .AddLogger(provider => RedactingHttpClientLogger.Create(provider, name, logical: true), wrapHandlersPipeline: true)
                .AddLogger(provider => RedactingHttpClientLogger.Create(provider, name, logical: false), wrapHandlersPipeline: false);
        }

        tokenClient.ConfigureHttpClient((provider, client) =>
        {
            LinkedInRscOptions options = provider.GetRequiredService<IOptionsMonitor<LinkedInRscOptions>>().CurrentValue;
            client.Timeout = options.TotalTimeout;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        });

        apiClient.ConfigureHttpClient((provider, client) =>
        {
            LinkedInRscOptions options = provider.GetRequiredService<IOptionsMonitor<LinkedInRscOptions>>().CurrentValue;
            client.BaseAddress = options.ApiBaseAddress;

            // The resilience pipeline's total timeout governs; HttpClient's own 100 s default would cut it short.
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);

            // No default LinkedIn-Version header: the RestLiClient sets it per call, only on calls to rest/ (the wire
            // map sends some resources to v2/ and others to rest/, possibly with versions of their own).
        });

        // Order matters: handlers added first run outermost. Resilience wraps authentication so that every retry
        // attempt carries a token that is valid at the time of that attempt.
        apiClient
            .AddStandardResilienceHandler()
            .Configure(static (resilience, provider) =>
            {
                LinkedInRscOptions options;
                try
                {
                    options = provider.GetRequiredService<IOptionsMonitor<LinkedInRscOptions>>().CurrentValue;
                }
                catch (OptionsValidationException)
                {
                    // Reported once, naming the bad setting, by the LinkedInRscOptions start-up validation.
                    return;
                }

                ResiliencePolicy.Apply(resilience, options);
            });
        apiClient.AddHttpMessageHandler<BearerTokenHandler>();
        TelemetryRegistration.Add(services, apiClient, tokenClient);

        return builder;
    }

    private sealed class RegistrationMarker;

    private sealed class LinkedInRscBuilder(IServiceCollection services, IHttpClientBuilder httpClientBuilder, IHttpClientBuilder tokenHttpClientBuilder)
        : ILinkedInRscBuilder
    {
        public IServiceCollection Services { get; } = services;

        public IHttpClientBuilder HttpClientBuilder { get; } = httpClientBuilder;

        public IHttpClientBuilder TokenHttpClientBuilder { get; } = tokenHttpClientBuilder;
    }
}
